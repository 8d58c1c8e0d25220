import { escapeHtml } from '../../web/jsx.js';

/**
 * The database marks matched words with two control characters (which it first strips from the
 * text itself); here the text is escaped as HTML and only then are the marks turned into <mark>,
 * so nothing from a record can ever become markup.
 */
export const MARK_START = '\u0001';
export const MARK_END = '\u0002';

export function highlighted(marked: string): string {
  let open = false;
  let out = '';
  for (const part of escapeHtml(marked).split(/([\u0001\u0002])/)) {
    if (part === MARK_START) { if (!open) { out += '<mark>'; open = true; } }
    else if (part === MARK_END) { if (open) { out += '</mark>'; open = false; } }
    else out += part;
  }
  return open ? `${out}</mark>` : out;
}

/** The same text without marks, for places that show plain text. */
export const plain = (marked: string) => marked.replace(/[\u0001\u0002]/g, '');
