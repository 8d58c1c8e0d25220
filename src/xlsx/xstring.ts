/**
 * OOXML's escape for characters that XML 1.0 cannot carry (ECMA-376 ST_Xstring): `_xHHHH_`
 * stands for the character U+HHHH. Spreadsheet programs write a CR as `_x000D_` and a literal
 * `_x0041_` in a cell as `_x005F_x0041_`, so the writer and the reader must agree on both.
 */
const ESCAPE = /_x[0-9A-Fa-f]{4}_/g;

/**
 * Characters that may not appear in XML 1.0 even as character references, and CR (which XML
 * would turn into LF); plus the underscore that starts a literal escape-lookalike.
 */
const NEEDS_ESCAPE = /[\u0000-\u0008\u000B\u000C\u000D\u000E-\u001F\uFFFE\uFFFF]|_(?=x[0-9A-Fa-f]{4}_)/g;

export function encodeXstring(s: string): string {
  return s.replace(NEEDS_ESCAPE, (c) => `_x${c.charCodeAt(0).toString(16).toUpperCase().padStart(4, '0')}_`);
}

export function decodeXstring(s: string): string {
  if (!s.includes('_x')) return s;
  return s.replace(ESCAPE, (m) => String.fromCharCode(parseInt(m.slice(2, 6), 16)));
}
