import type { FieldError } from '../../../plugins/errors.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, TextField, errorFor, fieldMessage } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { val, type Form } from '../form-mapping.js';
import { ORGANISATION_ROLES } from '../options.js';
import { invitationStatus } from '../presenters.js';
import type { InvitationRow, MemberRow, OrganisationRow } from '../queries.js';
import type { Viewer } from '../view.js';
import { PositionField } from './form-parts.js';
import { label, options } from './labels.js';
import { dateTimeFormat, LOCALE } from '../../../i18n/formats.js';
import { ScrollTable } from '../../../web/components.js';

const SAVED = ['added', 'changed', 'removed', 'withdrawn'] as const;
export type MembersNotice = (typeof SAVED)[number];
export const membersNotice = (value: unknown): MembersNotice | undefined => SAVED.find((s) => s === value);

export interface MembersPageProps {
  ctx: ViewContext; organisation: OrganisationRow; viewer: Viewer; members: MemberRow[]; invitations: InvitationRow[];
  form: Form; errors: FieldError[]; notice?: MembersNotice | undefined;
  /** A refused change to one member or invitation (the last owner, something gone): shown at the top. */
  problem?: string | undefined;
  /** The link of an invitation just made: shown this once, never again. */
  invited?: { email: string; link: string; expiresAt: Date } | undefined;
}

const when = (lang: Lang, d: Date) =>
  dateTimeFormat(LOCALE[lang], { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'Europe/Brussels' }).format(d);

export function MembersPage(p: MembersPageProps) {
  const { ctx, organisation: o, viewer } = p;
  const { t, lang } = ctx;
  const home = `/organisations/${o.id}`;
  return (
    <Layout ctx={ctx} title={t('orgs.members.title', { name: o.name })} crumbs={[[t('nav.organisations'), '/organisations'], [o.name, home]]}>
      <h1>{t('orgs.members.title', { name: o.name })}</h1>
      {p.notice ? <div class="notice notice-success" role="status"><p>{t(`orgs.members.saved.${p.notice}`)}</p></div> : null}
      {p.problem ? <div class="notice notice-error" role="alert" id="error-summary" tabindex="-1"><p>{p.problem}</p></div> : null}
      {p.invited ? (
        <div class="notice notice-success" role="status">
          <h2>{t('orgs.invite.madeTitle', { email: p.invited.email })}</h2>
          <p>{t('orgs.invite.noEmail')}</p>
          <div class="field">
            <label for="invitation-link">{t('orgs.invite.link')}</label>
            <p class="hint" id="invitation-link-hint">{t('orgs.invite.linkHint', { date: when(lang, p.invited.expiresAt) })}</p>
            <input id="invitation-link" type="text" readonly value={p.invited.link} aria-describedby="invitation-link-hint" />
          </div>
        </div>
      ) : null}
      <p>{t('orgs.members.rolesLead')}</p>
      <ul>{ORGANISATION_ROLES.map((r) => <li><strong>{label(t, 'role', r)}</strong>: {t(`orgs.roleHelp.${r}`)}</li>)}</ul>
      <MemberTable ctx={ctx} id={o.id} members={p.members} viewer={viewer} />
      {viewer.owner ? <Invitations ctx={ctx} id={o.id} invitations={p.invitations} /> : null}
      {viewer.owner ? <AddForm ctx={ctx} id={o.id} form={p.form} errors={p.errors} /> : null}
      <p><a href={home}>{t('orgs.members.back', { name: o.name })}</a></p>
    </Layout>
  );
}

function MemberTable({ ctx, id, members, viewer }: { ctx: ViewContext; id: number; members: MemberRow[]; viewer: Viewer }): Html {
  const { t } = ctx;
  const emails = viewer.view === 'member';
  return (
    <ScrollTable caption={t('orgs.members.caption', { count: members.length })} class="data-table">
      <thead>
        <tr>
          <th scope="col">{t('orgs.field.displayName')}</th>
          {emails ? <th scope="col">{t('orgs.field.email')}</th> : null}
          <th scope="col">{t('orgs.field.role')}</th><th scope="col">{t('orgs.field.position')}</th>
          {viewer.owner ? <th scope="col">{t('orgs.members.actions')}</th> : null}
        </tr>
      </thead>
      <tbody>
        {members.map((m) => (
          <tr>
            <th scope="row">{m.display_name}{m.user_id === ctx.user?.id ? ` (${t('orgs.members.you')})` : ''}</th>
            {emails ? <td>{m.email}</td> : null}
            <td>{label(t, 'role', m.role)}</td>
            <td>{label(t, 'position', m.position)}</td>
            {viewer.owner ? <td><MemberActions t={t} csrf={ctx.csrfToken} id={id} m={m} /></td> : null}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** Per row: change role and position, or remove; labels name the member for screen readers. */
function MemberActions({ t, csrf, id, m }: { t: Translate; csrf: string; id: number; m: MemberRow }): Html {
  const key = `m${m.user_id}`;
  return (
    <div>
      <form method="post" action={`/organisations/${id}/members/${m.user_id}`} class="inline-form">
        <Csrf token={csrf} />
        <label for={`${key}-role`} class="visually-hidden">{t('orgs.members.roleOf', { name: m.display_name })}</label>
        <select id={`${key}-role`} name="role">
          {options(t, 'role').map(([v, l]) => <option value={v} selected={m.role === v}>{l}</option>)}
        </select>
        <label for={`${key}-position`} class="visually-hidden">{t('orgs.members.positionOf', { name: m.display_name })}</label>
        <select id={`${key}-position`} name="position">
          <option value="">{t('orgs.position.none')}</option>
          {options(t, 'position').map(([v, l]) => <option value={v} selected={m.position === v}>{l}</option>)}
        </select>
        <button type="submit" class="button button-secondary">{t('orgs.members.change')}<span class="visually-hidden"> ({m.display_name})</span></button>
      </form>
      <form method="post" action={`/organisations/${id}/members/${m.user_id}/remove`} class="inline-form">
        <Csrf token={csrf} />
        <button type="submit" class="button button-danger">{t('orgs.members.remove')}<span class="visually-hidden"> ({m.display_name})</span></button>
      </form>
    </div>
  );
}

function Invitations({ ctx, id, invitations }: { ctx: ViewContext; id: number; invitations: InvitationRow[] }): Html {
  const { t, lang } = ctx;
  return (
    <div>
      <h2>{t('orgs.invite.openTitle')}</h2>
      {invitations.length === 0 ? <p>{t('orgs.invite.none')}</p> : (
        <ScrollTable caption={t('orgs.invite.openTitle')} class="data-table" captionClass="visually-hidden">
          <thead><tr>
            <th scope="col">{t('orgs.field.email')}</th><th scope="col">{t('orgs.field.role')}</th><th scope="col">{t('orgs.field.position')}</th>
            <th scope="col">{t('orgs.invite.by')}</th><th scope="col">{t('orgs.invite.status')}</th><th scope="col">{t('orgs.members.actions')}</th>
          </tr></thead>
          <tbody>
            {invitations.map((i) => {
              const status = invitationStatus(i.expires_at);
              return (
                <tr>
                  <th scope="row">{i.email}</th>
                  <td>{label(t, 'role', i.role)}</td>
                  <td>{label(t, 'position', i.position)}</td>
                  <td>{i.invited_by_name}</td>
                  <td>{t(`orgs.invite.${status}`, { date: when(lang, i.expires_at) })}</td>
                  <td>
                    <form method="post" action={`/organisations/${id}/invitations/${i.id}/withdraw`} class="inline-form">
                      <Csrf token={ctx.csrfToken} />
                      <button type="submit" class="button button-secondary">{t('orgs.invite.withdraw')}<span class="visually-hidden"> ({i.email})</span></button>
                    </form>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </ScrollTable>
      )}
    </div>
  );
}

function AddForm({ ctx, id, form, errors }: { ctx: ViewContext; id: number; form: Form; errors: FieldError[] }): Html {
  const { t } = ctx;
  const roleError = errorFor(errors, 'role');
  const labels = { email: t('orgs.field.email'), role: t('orgs.field.role'), position: t('orgs.field.position') };
  return (
    <div class="narrow">
      <h2>{t('orgs.add.title')}</h2>
      <p>{t('orgs.add.lead')}</p>
      <ErrorSummary t={t} errors={errors} labels={labels} />
      <form method="post" action={`/organisations/${id}/members`} novalidate>
        <Csrf token={ctx.csrfToken} />
        <TextField t={t} name="email" label={labels.email} value={val(form, 'email')} type="email" required errors={errors} autocomplete="off" />
        <fieldset id="f-role" class={roleError ? 'field-error' : undefined}>
          <legend>{labels.role} <span class="required">({t('form.required')})</span></legend>
          {roleError ? <p class="error-text">{fieldMessage(t, roleError)}</p> : null}
          {ORGANISATION_ROLES.map((r) => (
            <div class="checkbox-row">
              <input type="radio" id={`f-role-${r}`} name="role" value={r} checked={(val(form, 'role') || 'member') === r} aria-describedby={`f-role-${r}-hint`} />
              <div>
                <label for={`f-role-${r}`}>{label(t, 'role', r)}</label>
                <p class="hint" id={`f-role-${r}-hint`}>{t(`orgs.roleHelp.${r}`)}</p>
              </div>
            </div>
          ))}
        </fieldset>
        <PositionField t={t} form={form} errors={errors} label={labels.position} />
        <button type="submit" class="button">{t('orgs.add.submit')}</button>
      </form>
    </div>
  );
}
