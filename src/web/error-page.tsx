import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Problem } from '../plugins/errors.js';
import { translator, isLang } from '../plugins/i18n.js';
import { viewContext } from './context.js';
import { h } from './jsx.js';
import { Layout } from './layout.js';
import { sendPage } from './page.js';

/** A readable error page in the reader's language; the problem code picks the message. */
export function renderErrorPage(request: FastifyRequest, reply: FastifyReply, problem: Problem) {
  // The error can come before the i18n hook ran (e.g. a malformed body).
  if (!request.t) {
    const lang = isLang(request.cookies?.lang) ? request.cookies.lang : 'nl';
    request.lang = lang;
    request.t = translator(lang);
  }
  const ctx = viewContext(request);
  const { t } = ctx;
  const key = `error.${problem.code}`;
  const message = t(key) === key ? problem.detail : t(key);
  const title = t(`error.title.${problem.status}`) === `error.title.${problem.status}` ? t('error.title.generic') : t(`error.title.${problem.status}`);
  return sendPage(reply, 
    <Layout ctx={ctx} title={title} api={null}>
      <h1>{title}</h1>
      <div class="notice notice-error" role="alert">
        <p>{message}</p>
        {problem.errors && problem.errors.length > 0 ? (
          <ul>{problem.errors.map((e) => <li><code>{e.field}</code>: {e.message}</li>)}</ul>
        ) : null}
      </div>
      {problem.status === 401 ? <p><a href={`/login?return=${encodeURIComponent(ctx.url)}`}>{t('auth.login')}</a></p> : null}
      <p><a href="/">{t('error.backHome')}</a></p>
    </Layout>,
  );
}
