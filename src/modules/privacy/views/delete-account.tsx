import type { ViewContext } from '../../../web/context.js';
import { Csrf } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';

export interface DeleteRefusal { code: string; organisations?: Array<{ id: number; name: string }> }

/** Confirmation before an account is deleted, with what happens and what stays. */
export function DeleteAccountPage({ ctx, refusal, unconfirmed }: { ctx: ViewContext; refusal?: DeleteRefusal | undefined; unconfirmed?: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('privacy.delete.title')} crumbs={[[t('privacy.title'), '/privacy']]} api={null}>
      <h1>{t('privacy.delete.title')}</h1>
      {refusal ? (
        <div class="notice notice-error" role="alert" id="error-summary" tabindex="-1">
          <p>{t(`privacy.error.${refusal.code}`)}</p>
          {refusal.organisations?.length ? (
            <ul>{refusal.organisations.map((o) => <li><a href={`/organisations/${o.id}/members`}>{o.name}</a></li>)}</ul>
          ) : null}
        </div>
      ) : null}
      <p>{t('privacy.delete.lead')}</p>
      <h2>{t('privacy.delete.goneTitle')}</h2>
      <ul>
        <li>{t('privacy.delete.gone.profile')}</li>
        <li>{t('privacy.delete.gone.access')}</li>
        <li>{t('privacy.delete.gone.memberships')}</li>
      </ul>
      <h2>{t('privacy.delete.staysTitle')}</h2>
      <ul>
        <li>{t('privacy.delete.stays.contributions')}</li>
        <li>{t('privacy.delete.stays.audit')}</li>
      </ul>
      <p>{t('privacy.delete.exportFirst')} <a href="/privacy/export" download="">{t('privacy.exportLink')}</a></p>
      <form method="post" action="/privacy/delete" class="narrow">
        <Csrf token={ctx.csrfToken} />
        <div class={unconfirmed ? 'field field-error' : 'field'}>
          {unconfirmed ? <p class="error-text" id="f-confirm-error">{t('privacy.delete.confirmMissing')}</p> : null}
          <div class="checkbox-row">
            <input type="checkbox" id="f-confirm" name="confirm" value="yes" required
              aria-invalid={unconfirmed ? 'true' : undefined} aria-describedby={unconfirmed ? 'f-confirm-error' : undefined} />
            <label for="f-confirm">{t('privacy.delete.confirm')}</label>
          </div>
        </div>
        <button type="submit" class="button button-danger">{t('privacy.delete.submit')}</button>
      </form>
    </Layout>
  );
}
