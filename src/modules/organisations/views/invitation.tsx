import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { val, type Form } from '../form-mapping.js';
import type { InvitationByToken } from '../queries.js';
import { label } from './labels.js';

/**
 * Who opens the link decides what they can do: the invited account joins with one button; a
 * newcomer creates the account for the invited address; someone else is told why not.
 */
export type InvitationState = 'join' | 'create' | 'login' | 'otherAccount';

export function InvitationPage({ ctx, token, invitation: i, state, form, errors }: {
  ctx: ViewContext; token: string; invitation: InvitationByToken; state: InvitationState; form: Form; errors: FieldError[];
}) {
  const { t } = ctx;
  const title = t('orgs.accept.title', { name: i.organisation_name });
  const action = `/invitations/${token}`;
  const labels = { displayName: t('orgs.field.displayName'), password: t('orgs.field.password'), passwordConfirm: t('orgs.field.passwordConfirm'), form: t('orgs.field.form') };
  return (
    <Layout ctx={ctx} title={title} api={null}>
      <h1>{title}</h1>
      <div class="narrow">
        <p class="lead">{t('orgs.accept.lead', { name: i.organisation_name, role: label(t, 'role', i.role), email: i.email })}</p>
        <p><strong>{label(t, 'role', i.role)}</strong>: {t(`orgs.roleHelp.${i.role}`)}</p>
        {i.is_demo ? <div class="notice notice-demo"><p>{t('orgs.home.demoNotice')}</p></div> : null}
        <ErrorSummary t={t} errors={errors} labels={labels} />
        {state === 'join' ? (
          <form method="post" action={action}>
            <Csrf token={ctx.csrfToken} />
            <button type="submit" class="button">{t('orgs.accept.join')}</button>
          </form>
        ) : null}
        {state === 'login' ? (
          <p>{t('orgs.accept.loginFirst')} <a href={`/login?return=${encodeURIComponent(action)}`}>{t('auth.login')}</a></p>
        ) : null}
        {state === 'otherAccount' ? (
          <div class="notice notice-error" role="alert"><p>{t('orgs.accept.otherAccount', { email: i.email })}</p></div>
        ) : null}
        {state === 'create' ? (
          <form method="post" action={action} novalidate>
            <Csrf token={ctx.csrfToken} />
            <h2>{t('orgs.accept.createTitle')}</h2>
            <p>{t('orgs.accept.createLead', { email: i.email })}</p>
            <TextField t={t} name="displayName" label={labels.displayName} value={val(form, 'displayName')} required errors={errors} autocomplete="name" />
            <TextField t={t} name="password" label={labels.password} type="password" required errors={errors} autocomplete="new-password" hint={t('orgs.hint.password')} />
            <TextField t={t} name="passwordConfirm" label={labels.passwordConfirm} type="password" required errors={errors} autocomplete="new-password" />
            <button type="submit" class="button">{t('orgs.accept.createSubmit')}</button>
          </form>
        ) : null}
      </div>
    </Layout>
  );
}

/** Expired, withdrawn, used or unknown: the reason, and what to do about it. */
export function InvitationGonePage({ ctx, code }: { ctx: ViewContext; code: string }): Html {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('orgs.accept.goneTitle')} api={null}>
      <h1>{t('orgs.accept.goneTitle')}</h1>
      <div class="notice notice-error" role="alert"><p>{t(`orgs.error.${code}`)}</p></div>
      <p>{t('orgs.accept.goneHelp')}</p>
      <p><a href="/organisations">{t('nav.organisations')}</a></p>
    </Layout>
  );
}
