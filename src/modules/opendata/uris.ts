/**
 * Stable URIs under the configured public base, following the Flemish URI standard:
 * /id/<type>/<id> names the thing, /doc/<type>/<id> its description. An id is percent-encoded
 * so that any key (a KPI code, a slug) makes one path segment.
 */
export interface Uris {
  base: string;
  thing(type: string, id: string | number): string;
  doc(type: string, id: string | number): string;
  /** A URI for a thing without its own page, e.g. a concept scheme: /id/<type> */
  collection(type: string): string;
}

export function createUris(publicBase: string): Uris {
  const base = publicBase.replace(/\/$/, '');
  const segment = (id: string | number) => encodeURIComponent(String(id));
  return {
    base,
    thing: (type, id) => `${base}/id/${type}/${segment(id)}`,
    doc: (type, id) => `${base}/doc/${type}/${segment(id)}`,
    collection: (type) => `${base}/id/${type}`,
  };
}
