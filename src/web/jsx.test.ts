import { describe, expect, it } from 'vitest';
import { Fragment, h, raw } from './jsx.js';

describe('jsx runtime', () => {
  it('escapes text and attribute values', () => {
    const html = h('a', { href: '/x?a=1&b="2"', title: '<script>' }, '<b>bold</b>');
    expect(html.value).toBe('<a href="/x?a=1&amp;b=&quot;2&quot;" title="&lt;script&gt;">&lt;b&gt;bold&lt;/b&gt;</a>');
  });

  it('renders boolean attributes, drops false and null, keeps void elements open', () => {
    expect(h('input', { required: true, disabled: false, value: null, name: 'q' }).value).toBe('<input required name="q">');
  });

  it('passes raw markup and nested components', () => {
    const Item = (p: { label: string }) => h('li', null, p.label);
    const list = h('ul', null, [h(Item, { label: 'a' }), h(Item, { label: 'b' })], raw('<li>c</li>'));
    expect(list.value).toBe('<ul><li>a</li><li>b</li><li>c</li></ul>');
    expect(h(Fragment, null, 'x', 1, null, false).value).toBe('x1');
  });
});
