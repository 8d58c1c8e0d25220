import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, TextField } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { FieldError } from '../../../plugins/errors.js';

/** Why the login page is shown, besides a plain visit. */
export type LoginNotice = 'expired' | null;

export interface LoginPageProps {
  ctx: ViewContext;
  email: string;
  returnTo: string;
  errors: FieldError[];
  failed: boolean;
  notice?: LoginNotice;
  /** Seconds before the next try is accepted, after too many failures. */
  retryAfter?: number;
  /** Label of the identity provider's button; absent when no provider is configured. */
  oidcLabel?: string | undefined;
  /** Message key of a failed provider login. */
  oidcError?: string | undefined;
}

const minutesOf = (seconds: number) => Math.max(1, Math.ceil(seconds / 60));

export function LoginPage({ ctx, email, returnTo, errors, failed, notice, retryAfter, oidcLabel, oidcError }: LoginPageProps) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('auth.login')} api={null}>
      <h1>{t('auth.login')}</h1>
      <div class="narrow">
        {notice ? <div class="notice" role="status"><p>{t(`accounts.notice.${notice}`)}</p></div> : null}
        {retryAfter ? (
          <div class="notice notice-error" role="alert" id="error-summary">
            <p>{t('accounts.throttled', { minutes: minutesOf(retryAfter) })}</p>
          </div>
        ) : failed ? <div class="notice notice-error" role="alert" id="error-summary"><p>{t('auth.failed')}</p></div> : null}
        {oidcError ? <div class="notice notice-error" role="alert"><p>{t(oidcError)}</p></div> : null}
        <ErrorSummary t={t} errors={errors} labels={{ email: t('auth.email'), password: t('auth.password') }} />
        {oidcLabel ? (
          <section aria-labelledby="oidc-title">
            <h2 id="oidc-title">{t('accounts.oidc.title')}</h2>
            <form method="post" action="/login/oidc">
              <Csrf token={ctx.csrfToken} />
              <input type="hidden" name="return" value={returnTo} />
              <button type="submit" class="button">{t('accounts.oidc.button', { label: oidcLabel })}</button>
            </form>
          </section>
        ) : null}
        {oidcLabel ? <h2>{t('accounts.oidc.orPassword')}</h2> : null}
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
