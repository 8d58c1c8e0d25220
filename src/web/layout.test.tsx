import { describe, expect, it } from 'vitest';
import { translator } from '../plugins/i18n.js';
import type { ViewContext } from './context.js';
import { h } from './jsx.js';
import { Layout } from './layout.js';

void h;

const ctx = (lang: 'nl' | 'en', url: string, user = false): ViewContext => ({
  lang, t: translator(lang), user: user ? { id: 1, email: 'a@example.org', displayName: 'Anna <A>', role: 'org_member' } as never : null,
  csrfToken: 'token-1', url, path: url.split('?')[0]!,
});
const page = (c: ViewContext) => (<Layout ctx={c} title="Titel"><p>inhoud</p></Layout>).value;
const current = (html: string) => [...html.matchAll(/<a href="([^"]+)" aria-current="page">/g)].map((m) => m[1]);

describe('the layout', () => {
  it('marks the section of the current page in the main navigation, also for a page below it, and nothing elsewhere', () => {
    expect(current(page(ctx('nl', '/instruments')))).toEqual(['/instruments']);
    expect(current(page(ctx('nl', '/instruments/SYN-1?lang=nl')))).toEqual(['/instruments']);
    expect(current(page(ctx('nl', '/')))).toEqual(['/']);
    expect(current(page(ctx('nl', '/login')))).toEqual([]);
    // Made once per language and current item: a second page of another section is not the first one's.
    expect(current(page(ctx('nl', '/actors')))).toEqual(['/actors']);
    expect(current(page(ctx('nl', '/instruments')))).toEqual(['/instruments']);
  });

  it("speaks the reader's language in the navigation and the footer, and shows the reader's own name", () => {
    const nl = page(ctx('nl', '/kpis'));
    const en = page(ctx('en', '/kpis'));
    expect(nl).toContain('<html lang="nl">');
    expect(nl).toContain(`>${translator('nl')('nav.instruments')}</a>`);
    expect(en).toContain(`>${translator('en')('nav.instruments')}</a>`);
    expect(nl).toContain(translator('nl')('footer.accessibility'));
    expect(en).toContain(translator('en')('footer.accessibility'));
    expect(en).not.toContain(translator('nl')('footer.accessibility'));
    expect(page(ctx('nl', '/kpis', true))).toContain('Anna &lt;A&gt;');
  });
});
