import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import fp from 'fastify-plugin';
import { paths } from '../paths.js';

export const LANGS = ['nl', 'en'] as const;
export type Lang = (typeof LANGS)[number];
export const DEFAULT_LANG: Lang = 'nl';
export const LANG_COOKIE = 'lang';

type Messages = Record<string, string>;

/** Shared messages in src/i18n, plus each module's own in src/modules/<name>/messages. */
function loadMessages(lang: Lang): Messages {
  const files = [join(paths.messages, `${lang}.json`)];
  const modulesDir = join(paths.messages, '../modules');
  for (const name of readdirSync(modulesDir).sort()) {
    const file = join(modulesDir, name, 'messages', `${lang}.json`);
    if (existsSync(file)) files.push(file);
  }
  const merged: Messages = {};
  for (const file of files) {
    for (const [key, value] of Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Messages)) {
      if (key in merged) throw new Error(`Message ${key} is defined twice (again in ${file})`);
      merged[key] = value;
    }
  }
  return merged;
}

const catalogues: Record<Lang, Messages> = { nl: loadMessages('nl'), en: loadMessages('en') };

export type Translate = (key: string, params?: Record<string, string | number>) => string;

export function isLang(value: unknown): value is Lang {
  return value === 'nl' || value === 'en';
}

/**
 * A message ready to fill in: its text, and when it has {placeholders}, the text split around
 * them (literal, name, literal, ...). A page asks for hundreds of messages; splitting each
 * template once, instead of running a replace on every call, keeps that cheap.
 */
interface Compiled { text: string; parts: readonly string[] | null }

function compile(text: string): Compiled {
  const parts = text.split(/\{(\w+)\}/);
  return { text, parts: parts.length > 1 ? parts : null };
}

/** Every key of either language, in this language, falling back to Dutch. */
function compiled(lang: Lang): Map<string, Compiled> {
  const out = new Map<string, Compiled>();
  for (const [key, text] of Object.entries({ ...catalogues.nl, ...catalogues[lang] })) out.set(key, compile(text));
  return out;
}

function fill({ text, parts }: Compiled, params: Record<string, string | number> | undefined): string {
  if (!params || !parts) return text;
  let out = parts[0]!;
  for (let i = 1; i < parts.length; i += 2) {
    const name = parts[i]!;
    out += (name in params ? String(params[name]) : `{${name}}`) + parts[i + 1]!;
  }
  return out;
}

/** The count a message is about: its `count`, else its `n`. */
const countOf = (params: Record<string, string | number>) => (typeof params.count === 'number' ? params.count : params.n);

/**
 * A translator. A message about a count of exactly one reads from its singular form when it
 * has one (`<key>One`, e.g. "1 reactie" beside "{count} reacties"), so that a page never says
 * "1 reacties"; a view asks for the plural key and the rule picks.
 */
function makeTranslator(lang: Lang): Translate {
  const messages = compiled(lang);
  return (key, params) => {
    const message = (params && countOf(params) === 1 ? messages.get(`${key}One`) : undefined) ?? messages.get(key);
    return message ? fill(message, params) : params ? fill(compile(key), params) : key;
  };
}

const translators: Record<Lang, Translate> = { nl: makeTranslator('nl'), en: makeTranslator('en') };

/** A translator for one language; a missing key shows itself so it is noticed, never crashes. */
export function translator(lang: Lang): Translate {
  return translators[lang];
}

export function messageKeys(lang: Lang): string[] { return Object.keys(catalogues[lang]); }

/** Picks the field of a bilingual record in the reader's language: pick(row, 'title', 'en'). */
export function pick<T extends Record<string, unknown>>(row: T, field: string, lang: Lang): string {
  const value = row[`${field}_${lang}`] ?? row[`${field}_nl`];
  return typeof value === 'string' ? value : '';
}

declare module 'fastify' {
  interface FastifyRequest { lang: Lang; t: Translate }
}

/** Dutch by default; the switch stores the choice in a cookie; `?lang=` overrides for one request. */
export const i18nPlugin = fp(async (app) => {
  app.decorateRequest('lang', DEFAULT_LANG);
  app.decorateRequest('t', null as unknown as Translate);
  app.addHook('onRequest', async (request) => {
    const query = request.query as Record<string, unknown> | undefined;
    const fromQuery = query?.lang;
    const fromCookie = request.cookies?.[LANG_COOKIE];
    request.lang = isLang(fromQuery) ? fromQuery : isLang(fromCookie) ? fromCookie : DEFAULT_LANG;
    request.t = translator(request.lang);
  });
}, { name: 'i18n', dependencies: ['@fastify/cookie'] });
