import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { projectRoot } from '../../../paths.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';

// Read from the source tree, like every data file, so a build runs with the same texts.
const dir = join(projectRoot, 'src/modules/opendata/catalogue/messages');
const read = (lang: Lang) => JSON.parse(readFileSync(join(dir, `${lang}.json`), 'utf8')) as Record<string, string>;
const messages: Record<Lang, Record<string, string>> = { nl: read('nl'), en: read('en') };

/**
 * The catalogue's own texts, kept beside it inside the open-data module (the shared loader reads
 * only each top-level module's messages/), falling back to the platform's shared messages.
 */
export function catalogueTranslator(lang: Lang, shared: Translate): Translate {
  return (key, params) => {
    const template = messages[lang][key] ?? messages.nl[key];
    if (template === undefined) return shared(key, params);
    return params ? template.replace(/\{(\w+)\}/g, (m, name: string) => (name in params ? String(params[name]) : m)) : template;
  };
}

export function catalogueMessageKeys(lang: Lang): string[] { return Object.keys(messages[lang]); }
