import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { FieldError } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h, type Html } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { validateSchema } from '../../web/validate.js';
import type { SearchParams } from './queries.js';
import { searchPageQuery } from './schemas.js';
import { cachedSearch, searchStamp } from './service.js';
import { SearchPage, type SearchForm } from './views/search.js';

const INTEGER = /^-?\d{1,9}$/;

/**
 * The page's query string as typed (kept for the form) and as search parameters. Numbers and the
 * checkbox arrive as text; they are converted first and then checked against the API's schema,
 * so the page refuses exactly what the API refuses, naming the same fields.
 */
export function readSearchForm(query: unknown): { form: SearchForm; candidate: Record<string, unknown> } {
  const form: SearchForm = {};
  for (const [k, v] of Object.entries((query ?? {}) as Record<string, unknown>)) {
    const value = Array.isArray(v) ? v[0] : v;
    if (typeof value === 'string' && value !== '') form[k] = value;
  }
  const candidate: Record<string, unknown> = { ...form };
  for (const k of ['pillar', 'challenge', 'page']) if (form[k] !== undefined && INTEGER.test(form[k]!)) candidate[k] = Number(form[k]);
  if (form.upcoming !== undefined) candidate.upcoming = ['true', 'on', '1'].includes(form.upcoming) ? true : form.upcoming === 'false' ? false : form.upcoming;
  return { form, candidate };
}

interface Parsed { form: SearchForm; errors: FieldError[]; params: SearchParams | null }

function parse(request: FastifyRequest): Parsed {
  const { form, candidate } = readSearchForm(request.query);
  const errors = validateSchema(searchPageQuery, candidate);
  if (errors.length || typeof candidate.q !== 'string') return { form, errors, params: null };
  const { lang: _lang, ...rest } = candidate as unknown as SearchParams;
  return { form, errors, params: { ...rest, q: candidate.q, page: typeof candidate.page === 'number' ? candidate.page : 1, lang: request.lang } };
}

async function render(request: FastifyRequest, { form, errors, params }: Parsed): Promise<Html> {
  const result = params ? await cachedSearch(request.server, params) : null;
  return <SearchPage ctx={viewContext(request)} catalog={request.server.readModels.catalog} form={form} result={result} errors={errors} />;
}

export async function searchRoutes(app: FastifyInstance) {
  app.get('/search', async (request, reply) => {
    request.authorize('search.read');
    const parsed = parse(request);
    // A refused search shows the form again with the typed input and what is wrong, as a 400.
    if (parsed.errors.length) return sendPage(reply.code(400), await render(request, parsed));
    if (request.user) return sendPage(reply, await render(request, parsed));
    // Visitors without a session all see the same page for the same address: rendered once per
    // change of the records its words match (searchStamp), of the study's frame its filters
    // list, and per hour (for "upcoming").
    const stamp = parsed.params ? (await searchStamp(app, parsed.params.q)).stamp : 'form';
    const key = `search-page:${new Date().toISOString().slice(0, 13)}:${request.lang}:${request.url}:${stamp}`;
    const body = await app.readModels.responses.getAsync(key, ['framework'], async () => (await render(request, parsed)).value);
    return reply.type('text/html; charset=utf-8').send(body);
  });
}
