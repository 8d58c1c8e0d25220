import { describe, expect, it } from 'vitest';
import { translator } from '../plugins/i18n.js';
import type { ViewContext } from './context.js';
import { changedFields, HistoryTable } from './history.js';
import { h } from './jsx.js';

void h;

const ctx = (lang: 'nl' | 'en'): ViewContext => ({ lang, t: translator(lang), user: null, csrfToken: '', url: '/', path: '/' });
const entries = [
  { at: '2026-03-29T01:30:00.000Z', action: 'update', user: 'Anna <A>', before: { name: 'a', links: [1], version: 1 }, after: { name: 'b', links: [1], version: 2 } },
  { at: '2026-01-15T23:10:00.000Z', action: 'create', user: null, before: null, after: { name: 'a' } },
];

describe('a record\'s history', () => {
  it('shows each change at Brussels time, by whom, and what changed, in both languages', () => {
    const nl = (<HistoryTable ctx={ctx('nl')} entries={entries} what={(e) => `${translator('nl')(`history.action.${e.action}`)}${changedFields(e)}`} />).value;
    // 01:30 UTC on the night summer time starts is 03:30 in Brussels; 23:10 UTC in January is 00:10 the next day.
    expect(nl).toContain('<time datetime="2026-03-29T01:30:00.000Z">29 maart 2026 om 03:30</time>');
    expect(nl).toContain('16 januari 2026 om 00:10');
    expect(nl).toContain('<td>Anna &lt;A&gt;</td><td>gewijzigd: name</td>');
    expect(nl).toContain('<td>systeem (seed)</td><td>aangemaakt</td>');
    expect(nl).toContain('<h2 id="history-title">Wijzigingsgeschiedenis</h2>');
    const en = (<HistoryTable ctx={ctx('en')} entries={entries} what={(e) => e.action} />).value;
    expect(en).toContain('29 March 2026 at 03:30');
  });

  it('says there is nothing yet, and shows nothing to a reader who may not see it', () => {
    expect((<HistoryTable ctx={ctx('nl')} entries={[]} what={() => ''} />).value).toContain('Nog geen wijzigingen.');
    expect((<HistoryTable ctx={ctx('nl')} entries={null} what={() => ''} />).value).toBe('');
  });

  it('takes its headings from a module\'s own messages when asked', () => {
    const html = (<HistoryTable ctx={ctx('nl')} entries={[]} messages="vision.history" what={() => ''} />).value;
    expect(html).toContain('<h2 id="history-title">Geschiedenis</h2>');
  });

  it('names the fields an update changed, never the version, and nothing for other actions', () => {
    expect(changedFields(entries[0]!)).toBe(': name');
    expect(changedFields({ action: 'update', before: { a: 1 }, after: { a: 1, version: 3 } })).toBe('');
    expect(changedFields({ action: 'retire', before: { a: 1 }, after: { a: 2 } })).toBe('');
    expect(changedFields({ action: 'update', before: null, after: { a: 2 } })).toBe('');
  });
});
