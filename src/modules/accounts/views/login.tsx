import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, TextField } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { FieldError } from '../../../plugins/errors.js';

export function LoginPage({ ctx, email, returnTo, errors, failed }: { ctx: ViewContext; email: string; returnTo: string; errors: FieldError[]; failed: boolean }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('auth.login')} api={null}>
      <h1>{t('auth.login')}</h1>
      <div class="narrow">
        {failed ? <div class="notice notice-error" role="alert" id="error-summary"><p>{t('auth.failed')}</p></div> : null}
        <ErrorSummary t={t} errors={errors} labels={{ email: t('auth.email'), password: t('auth.password') }} />
        <form method="post" action="/login" novalidate>
          <Csrf token={ctx.csrfToken} />
          <input type="hidden" name="return" value={returnTo} />
          <TextField t={t} name="email" label={t('auth.email')} type="email" autocomplete="username" value={email} required errors={errors} />
          <TextField t={t} name="password" label={t('auth.password')} type="password" autocomplete="current-password" required errors={errors} />
          <button type="submit" class="button">{t('auth.login')}</button>
        </form>
        <p class="hint">{t('auth.noAccount')} <a href="/register">{t('orgs.offer.register')}</a></p>
      </div>
    </Layout>
  );
}
