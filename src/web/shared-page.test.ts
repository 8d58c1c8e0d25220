import { describe, expect, it } from 'vitest';
import type { ViewContext } from './context.js';
import { fillIn, standIns } from './shared-page.js';

const reader = (displayName: string, csrfToken: string) => ({
  lang: 'nl', t: (k: string) => k, url: '/', path: '/', csrfToken,
  user: { id: 1, email: 'a@example.org', displayName, role: 'transition_team' },
}) as unknown as ViewContext;

// A template as a view makes it: the reader's name and token are written through the stand-ins.
const templateFor = (filler: string) => {
  const s = standIns(reader('', ''));
  return Buffer.from(`<header>${s.user!.displayName}</header>${filler}<input value="${s.csrfToken}"><p>é — ✓ 🎭</p><footer>${s.user!.displayName}</footer>`, 'utf8');
};
const text = (body: Buffer) => body.toString('utf8');

describe('a shared page filled in for each reader', () => {
  for (const [size, filler] of [['small', 'inhoud'], ['large', 'ë'.repeat(300_000)], ['control bytes', 'a\u0001b\u0001user']] as const) {
    it(`puts each reader's escaped name and token in every stand-in of a ${size} page`, () => {
      const template = templateFor(filler);
      const body = fillIn(`k-${size}`, template, reader('Ann & <Bo>', 'tok1'));
      const first = text(body);
      expect(first).toBe(`<header>Ann &amp; &lt;Bo&gt;</header>${filler}<input value="tok1"><p>é — ✓ 🎭</p><footer>Ann &amp; &lt;Bo&gt;</footer>`);
      const second = text(fillIn(`k-${size}`, template, reader('Cas', 'tok2')));
      expect(second).toBe(`<header>Cas</header>${filler}<input value="tok2"><p>é — ✓ 🎭</p><footer>Cas</footer>`);
    });

    it(`uses a renewed ${size} page under the same key, not the pieces of the old one`, () => {
      fillIn(`renew-${size}`, templateFor(filler), reader('Ann', 't'));
      const renewed = templateFor(`${filler}nieuw`);
      expect(text(fillIn(`renew-${size}`, renewed, reader('Ann', 't')))).toContain(`${filler}nieuw<input`);
    });
  }

  it('sends a page without stand-ins as it is', () => {
    const page = Buffer.from('<p>é</p>', 'utf8');
    expect(fillIn('plain', page, reader('Ann', 't'))).toBe(page);
  });
});
