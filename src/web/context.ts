import type { FastifyRequest } from 'fastify';
import type { CurrentUser } from '../plugins/auth.js';
import type { Lang, Translate } from '../plugins/i18n.js';

/** What every template needs to know about the request it renders for. */
export interface ViewContext {
  lang: Lang;
  t: Translate;
  user: CurrentUser | null;
  csrfToken: string;
  /** Path and query of the current page, for the language switch and login return. */
  url: string;
  path: string;
}

export function viewContext(request: FastifyRequest): ViewContext {
  return {
    lang: request.lang,
    t: request.t,
    user: request.user,
    // Read when a form asks for it: signing it (and, for a new browser, setting its cookie) is
    // work that a page without forms does not need (plugins/csrf.ts).
    get csrfToken() { return request.csrfToken; },
    url: request.url,
    path: request.url.split('?')[0] ?? '/',
  };
}
