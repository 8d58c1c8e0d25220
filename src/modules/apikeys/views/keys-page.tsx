import type { FieldError } from '../../../plugins/errors.js';
import type { Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, errorFor, fieldMessage, Select, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { PresentedKey } from '../presenters.js';
import { formatMoment } from './moments.js';
import { ScrollTable } from '../../../web/components.js';

export interface KeyForm { name: string; organisationId: string; permissions: string[]; expiresOn: string }
export interface KeyOptions { organisations: Array<{ id: number; name: string }>; platformWide: boolean; permissions: string[] }

export interface KeysPageProps {
  ctx: ViewContext;
  keys: PresentedKey[];
  options: KeyOptions;
  form: KeyForm;
  errors: FieldError[];
  notice?: string | undefined;
  /** Why a revocation was refused, in the reader's language. */
  refusal?: string | undefined;
  /** The platform's public address, for the usage example. */
  base: string;
}

export const PLATFORM_WIDE = 'platform';

/** The keys an account manages, with a form to create one and a button to revoke each. */
export function KeysPage(p: KeysPageProps): Html {
  const { t } = p.ctx;
  return (
    <Layout ctx={p.ctx} title={t('apikeys.title')}>
      <h1>{t('apikeys.title')}</h1>
      <p class="lead">{t('apikeys.intro')}</p>
      {p.notice ? <div class="notice notice-success" role="status"><p>{t(p.notice)}</p></div> : null}
      {p.refusal ? <div class="notice notice-error" role="alert" tabindex="-1" id="action-error"><p>{p.refusal}</p></div> : null}
      <KeyTable ctx={p.ctx} keys={p.keys} />
      <h2 id="new">{t('apikeys.new.title')}</h2>
      {p.options.organisations.length || p.options.platformWide
        ? <CreateForm ctx={p.ctx} options={p.options} form={p.form} errors={p.errors} />
        : <p>{t('apikeys.new.noOrganisation')}</p>}
      <h2>{t('apikeys.use.title')}</h2>
      <p>{t('apikeys.use.text')}</p>
      <pre tabindex="0"><code>{`curl -H "Authorization: Bearer tr_…" ${p.base}/api/instruments`}</code></pre>
    </Layout>
  );
}

function statusLabel(t: Translate, key: PresentedKey): string {
  return t(`apikeys.status.${key.status}`);
}

function KeyTable({ ctx, keys }: { ctx: ViewContext; keys: PresentedKey[] }): Html {
  const { t, lang } = ctx;
  if (!keys.length) return <p>{t('apikeys.list.empty')}</p>;
  return (
    <ScrollTable caption={t('apikeys.list.caption', { count: keys.length })} class="data-table">
      <thead>
        <tr>
          <th scope="col">{t('apikeys.field.name')}</th>
          <th scope="col">{t('apikeys.field.prefix')}</th>
          <th scope="col">{t('apikeys.field.organisation')}</th>
          <th scope="col">{t('apikeys.field.permissions')}</th>
          <th scope="col">{t('apikeys.field.created')}</th>
          <th scope="col">{t('apikeys.field.lastUsed')}</th>
          <th scope="col">{t('apikeys.field.status')}</th>
          <th scope="col">{t('apikeys.list.actions')}</th>
        </tr>
      </thead>
      <tbody>
        {keys.map((k) => (
          <tr>
            <th scope="row">{k.name}</th>
            <td><code>{k.prefix}…</code></td>
            <td>{k.organisation ? k.organisation.name : t('apikeys.platformWide')}</td>
            <td>{k.permissions.map((action, i) => <span>{i ? ', ' : ''}<code>{action}</code></span>)}</td>
            <td>{formatMoment(k.createdAt, lang)}<br /><span class="hint">{t('apikeys.list.by', { name: k.owner })}</span></td>
            <td>{k.lastUsedAt ? formatMoment(k.lastUsedAt, lang) : t('apikeys.list.neverUsed')}</td>
            <td>{statusLabel(t, k)}{k.expiresAt && k.status === 'active' ? <span><br /><span class="hint">{t('apikeys.list.expires', { date: formatMoment(k.expiresAt, lang) })}</span></span> : null}</td>
            <td>
              {k.status === 'revoked' ? null : (
                <form method="post" action={`/api-keys/${k.id}/revoke`} class="inline-form">
                  <Csrf token={ctx.csrfToken} />
                  <button type="submit" class="button button-danger">{t('apikeys.revoke')}<span class="visually-hidden"> ({k.name})</span></button>
                </form>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Permissions grouped by module (the part before the dot), one fieldset each. */
function groups(actions: string[]): Array<[string, string[]]> {
  const byModule = new Map<string, string[]>();
  for (const action of actions) {
    const module = action.split('.')[0]!;
    byModule.set(module, [...(byModule.get(module) ?? []), action]);
  }
  return [...byModule.entries()];
}

function CreateForm({ ctx, options, form, errors }: { ctx: ViewContext; options: KeyOptions; form: KeyForm; errors: FieldError[] }): Html {
  const { t } = ctx;
  const labels = {
    name: t('apikeys.field.name'), organisationId: t('apikeys.field.organisation'),
    permissions: t('apikeys.field.permissions'), expiresOn: t('apikeys.field.expiresOn'), expiresAt: t('apikeys.field.expiresOn'),
  };
  const organisations: Array<[string, string]> = [
    ...(options.platformWide ? [[PLATFORM_WIDE, t('apikeys.platformWide')] as [string, string]] : []),
    ...options.organisations.map((o) => [String(o.id), o.name] as [string, string]),
  ];
  const permissionError = errorFor(errors, 'permissions');
  return (
    <form method="post" action="/api-keys" novalidate>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <Csrf token={ctx.csrfToken} />
      <TextField t={t} name="name" label={labels.name} value={form.name} errors={errors} required hint={t('apikeys.hint.name')} />
      <Select t={t} name="organisationId" label={labels.organisationId} value={form.organisationId} errors={errors} required
        options={organisations} hint={t('apikeys.hint.organisation')} />
      <fieldset id="f-permissions" aria-describedby="f-permissions-hint">
        <legend>{labels.permissions} <span class="required">({t('form.required')})</span></legend>
        <p class="hint" id="f-permissions-hint">{t('apikeys.hint.permissions')}</p>
        {permissionError ? <p class="error-text">{fieldMessage(t, permissionError)}</p> : null}
        {groups(options.permissions).map(([module, actions]) => (
          <fieldset>
            <legend>{module}</legend>
            {actions.map((action) => {
              const id = `f-perm-${action.replace(/[^a-zA-Z0-9_-]/g, '-')}`;
              return (
                <div class="checkbox-row">
                  <input type="checkbox" id={id} name="permissions" value={action} checked={form.permissions.includes(action)} />
                  <label for={id}><code>{action}</code></label>
                </div>
              );
            })}
          </fieldset>
        ))}
      </fieldset>
      <TextField t={t} name="expiresOn" type="date" label={labels.expiresOn} value={form.expiresOn} errors={errors} hint={t('apikeys.hint.expiresOn')} />
      <button type="submit" class="button">{t('apikeys.new.submit')}</button>
    </form>
  );
}
