/**
 * A small server-side JSX runtime: templates render to strings, every text and attribute value
 * is escaped, and only values wrapped in `Html` (rendered markup or `raw()`) pass unescaped.
 */
export class Html {
  constructor(readonly value: string) {}
  toString() { return this.value; }
}

export type Child = Html | string | number | boolean | null | undefined | Child[];
export type Children = Child | Child[];
type Props = Record<string, unknown> & { children?: Children };
type Component<P> = (props: P) => Html;

declare global {
  // eslint-disable-next-line @typescript-eslint/no-namespace
  namespace JSX {
    type Element = Html;
    interface IntrinsicElements { [name: string]: Record<string, unknown> }
    interface ElementChildrenAttribute { children: unknown }
  }
}

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const SPECIAL = /[&<>"']/;
export function escapeHtml(value: string): string {
  // Most text has nothing to escape: test first, replace only when needed.
  return SPECIAL.test(value) ? value.replace(/[&<>"']/g, (c) => ESCAPES[c]!) : value;
}

/** Marks trusted markup (never user input) to be emitted as it is. */
export function raw(markup: string): Html { return new Html(markup); }

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr']);

function renderChild(child: Child): string {
  if (child === null || child === undefined || child === false || child === true) return '';
  if (child instanceof Html) return child.value;
  if (Array.isArray(child)) {
    let out = '';
    for (let i = 0; i < child.length; i++) out += renderChild(child[i] as Child);
    return out;
  }
  return escapeHtml(typeof child === 'string' ? child : String(child));
}

function renderAttributes(props: Props | null): string {
  if (!props) return '';
  let out = '';
  for (const name in props) {
    const value = props[name];
    if (name === 'children' || value === null || value === undefined || value === false) continue;
    const attr = name === 'className' ? 'class' : name === 'htmlFor' ? 'for' : name;
    out += value === true ? ` ${attr}` : ` ${attr}="${escapeHtml(typeof value === 'string' ? value : String(value))}"`;
  }
  return out;
}

export function h(tag: string | Component<any>, props: Props | null, ...children: Child[]): Html {
  if (typeof tag === 'function') {
    const merged = { ...(props ?? {}), children: children.length === 1 ? children[0] : children };
    return tag(merged);
  }
  const open = `<${tag}${renderAttributes(props)}>`;
  if (VOID.has(tag)) return new Html(open);
  return new Html(`${open}${renderChild(children)}</${tag}>`);
}

export function Fragment(props: { children?: Children }): Html {
  return new Html(renderChild(props.children as Child));
}
