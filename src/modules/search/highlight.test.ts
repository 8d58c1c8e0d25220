import { describe, expect, it } from 'vitest';
import { highlighted, plain } from './highlight.js';

describe('highlighted snippets', () => {
  it('turns the marks into <mark> and escapes everything else', () => {
    expect(highlighted('De \u0001digitalisering\u0002 van <script>alert(1)</script> & co'))
      .toBe('De <mark>digitalisering</mark> van &lt;script&gt;alert(1)&lt;/script&gt; &amp; co');
  });
  it('never leaves a mark open or closes one that was not opened', () => {
    expect(highlighted('a\u0002b\u0001c')).toBe('ab<mark>c</mark>');
  });
  it('gives plain text without marks', () => {
    expect(plain('\u0001archief\u0002 en data')).toBe('archief en data');
  });
});
