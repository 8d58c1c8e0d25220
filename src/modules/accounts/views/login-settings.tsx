import type { ViewContext } from '../../../web/context.js';
import { Csrf } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';

/** The transition team decides whether provider identities may join existing accounts by e-mail. */
export function LoginSettingsPage({ ctx, oidc, linkByEmail, saved }: {
  ctx: ViewContext; oidc: { issuer: string; label: string } | null; linkByEmail: boolean; saved: boolean;
}) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('accounts.settings.title')} api={null}>
      <h1>{t('accounts.settings.title')}</h1>
      {saved ? <div class="notice" role="status"><p>{t('accounts.settings.saved')}</p></div> : null}
      <p>{oidc ? t('accounts.settings.provider', { label: oidc.label, issuer: oidc.issuer }) : t('accounts.settings.noProvider')}</p>
      <form method="post" action="/admin/login-settings" class="narrow">
        <Csrf token={ctx.csrfToken} />
        <fieldset>
          <legend>{t('accounts.settings.linkLegend')}</legend>
          <p class="hint" id="link-hint">{t('accounts.settings.linkHint')}</p>
          <div class="checkbox-row">
            <input type="radio" id="link-yes" name="linkByEmail" value="true" checked={linkByEmail} aria-describedby="link-hint" />
            <label for="link-yes">{t('accounts.settings.linkYes')}</label>
          </div>
          <div class="checkbox-row">
            <input type="radio" id="link-no" name="linkByEmail" value="false" checked={!linkByEmail} aria-describedby="link-hint" />
            <label for="link-no">{t('accounts.settings.linkNo')}</label>
          </div>
        </fieldset>
        <button type="submit" class="button">{t('accounts.settings.save')}</button>
      </form>
    </Layout>
  );
}
