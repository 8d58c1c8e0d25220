import type { FastifyInstance } from 'fastify';
import { isLang, LANG_COOKIE } from '../../plugins/i18n.js';
import { safeReturn } from '../accounts/routes.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { HomePage } from './views/home.js';

export default async function home(app: FastifyInstance) {
  const catalog = app.readModels.catalog;

  // Browsers ask for /favicon.ico by habit; the icon is an SVG under /static.
  app.get('/favicon.ico', async (_request, reply) => reply.redirect('/static/favicon.svg', 301));

  app.get('/', async (request, reply) => sendPage(reply, <HomePage ctx={viewContext(request)} catalog={catalog} />));

  /** The language switch: remembered for a year in a cookie, then back to the page. */
  app.get('/lang/:lang', async (request, reply) => {
    const { lang } = request.params as { lang: string };
    const target = safeReturn((request.query as Record<string, unknown>).return);
    if (isLang(lang)) reply.setCookie(LANG_COOKIE, lang, { path: '/', maxAge: 365 * 24 * 3600, sameSite: 'lax', secure: app.config.secureCookies });
    return reply.redirect(target, 303);
  });
}
