import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import { periodUri } from './kpis.js';
import { bilingual, pageOf } from './shared.js';

/**
 * Published annual reports: frozen, citable versions (id '<year>-v<version>'). A draft report
 * is generated on the fly for the transition team and never described here.
 */
export const reportId = (year: number, version: number) => `${year}-v${version}`;

function parseReportId(id: string): { year: number; version: number } | null {
  const m = /^(\d{4})-v(\d{1,6})$/.exec(id);
  return m ? { year: Number(m[1]), version: Number(m[2]) } : null;
}

interface Frozen { data?: { actionLines?: Array<{ code: string }>; kpis?: Array<{ code: string }> } }

export const reportType: PublicEntityType = {
  type: 'report',
  dataset: 'reports',
  page: (id) => { const r = parseReportId(id); return r ? `/reports/${r.year}/v/${r.version}` : null; },
  async ids(db, after, limit) {
    const rows = await db.selectFrom('published_reports').select(['year', 'version']).execute();
    return pageOf(rows.map((r) => reportId(r.year, r.version)), after, limit);
  },
  async describe(db, ids, uris) {
    const wanted = ids.map(parseReportId).filter((r) => r !== null);
    if (!wanted.length) return [];
    const rows = await db.selectFrom('published_reports').select(['year', 'version', 'published_at', 'content'])
      .where((eb) => eb.or(wanted.map((w) => eb.and([eb('year', '=', w.year), eb('version', '=', w.version)])))).execute();
    const g = new Graph();
    for (const r of rows) {
      const uri = uris.thing('report', reportId(r.year, r.version));
      const pdf = `${uris.base}/reports/${r.year}/v/${r.version}/pdf`;
      const content = (typeof r.content === 'string' ? JSON.parse(r.content) : r.content) as Frozen;
      const s = g.subject(uri).type('foaf', 'Document').type('schema', 'Report')
        .dateTime('dct', 'issued', r.published_at)
        .ref('dct', 'temporal', periodUri(String(r.year)))
        .typed('owl', 'versionInfo', r.version, 'integer')
        .ref('foaf', 'page', `${uris.base}/reports/${r.year}/v/${r.version}`)
        .ref('dct', 'hasFormat', pdf);
      bilingual(s, 'dct', 'title', `Jaarrapport ${r.year} (versie ${r.version})`, `Annual report ${r.year} (version ${r.version})`);
      g.subject(pdf).type('foaf', 'Document').text('dct', 'format', 'application/pdf');
      for (const l of content.data?.actionLines ?? []) s.ref('dct', 'references', uris.thing('action-line', l.code));
      for (const k of content.data?.kpis ?? []) s.ref('dct', 'references', uris.thing('kpi', k.code));
    }
    return g.quads;
  },
};
