import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import type { Uris } from '../../uris.js';
import { publicGovernance } from './published-governance.js';
import { bilingual, day } from './shared.js';

/**
 * Published decisions (besluit:Besluit). Drafts and approved-but-unpublished decisions do not
 * exist here. What a decision is about links to the thing's own URI where it has one.
 */
const SUBJECT_TYPES: Record<string, string> = {
  action_line: 'action-line', action: 'action', kpi: 'kpi', body: 'body', instrument: 'instrument', call: 'call',
};

export function subjectUri(uris: Uris, type: string, id: number, code: string | null): string | null {
  const segment = SUBJECT_TYPES[type];
  if (!segment) return null;
  // Actions are known by their number (codes repeat across plans); the others by their code.
  if (type === 'action') return uris.thing(segment, id);
  return code ? uris.thing(segment, code) : null;
}

export const decisionType: PublicEntityType = {
  type: 'decision',
  dataset: 'governance',
  page: (id) => `/decisions/${encodeURIComponent(id)}`,
  async ids(db, after, limit) {
    let q = db.selectFrom('decisions').select('code').where('status', '=', 'published').orderBy('code').limit(limit);
    if (after !== null) q = q.where('code', '>', after);
    return (await q.execute()).map((r) => r.code);
  },
  async describe(db, ids, uris) {
    const codes = [...new Set(ids)];
    if (!codes.length) return [];
    const rows = await db.selectFrom('decisions as d').innerJoin('bodies as b', 'b.id', 'd.body_id')
      .select(['d.id', 'd.code', 'd.title_nl', 'd.title_en', 'd.text_nl', 'd.text_en', 'd.decided_on', 'd.published_at', 'd.is_demo', 'b.code as body_code',
        'd.motivation_nl', 'd.motivation_en', 'd.in_force_on', 'd.document_type'])
      .where('d.status', '=', 'published').where('d.code', 'in', codes).execute();
    if (!rows.length) return [];
    const [gov, subjects] = await Promise.all([
      publicGovernance(db),
      db.selectFrom('decision_subjects').selectAll().where('decision_id', 'in', rows.map((r) => r.id)).execute(),
    ]);
    const codesOf = await subjectCodes(db, subjects);
    const g = new Graph();
    for (const d of rows) {
      const origin = gov.decisionOrigin.get(d.code);
      const s = g.subject(uris.thing('decision', d.code)).type('besluit', 'Besluit')
        .ref('prov', 'wasGeneratedBy', origin ? uris.thing('treatment', origin) : null)
        .ref('eli', 'passed_by', uris.thing('body', d.body_code))
        .date('eli', 'date_document', day(d.decided_on))
        .date('eli', 'date_publication', d.published_at ? d.published_at.toISOString().slice(0, 10) : null)
        .text('eli', 'id_local', d.code)
        .typed('ext', 'isDemo', String(d.is_demo), 'boolean');
      bilingual(s, 'eli', 'title', d.title_nl, d.title_en);
      // eli:description is a single plain string in the besluit profile: the Dutch text; both languages in dct:description.
      if (d.text_nl) s.typed('eli', 'description', d.text_nl, 'string');
      bilingual(s, 'dct', 'description', d.text_nl, d.text_en);
      // besluit:motivering is one language-tagged text in the profile: the Dutch one; both languages in ext:motivation.
      s.text('besluit', 'motivering', d.motivation_nl, 'nl');
      bilingual(s, 'ext', 'motivation', d.motivation_nl, d.motivation_en);
      if (d.in_force_on && d.document_type) {
        // The decision is the expression of a legal resource: the decision as a work, with its kind and entry into force.
        const work = `${s.uri}#legal-resource`;
        s.ref('eli', 'realizes', work);
        g.subject(work).type('eli', 'LegalResource').ref('eli', 'is_realized_by', s.uri)
          .ref('eli', 'type_document', uris.thing('decision-type', d.document_type))
          .date('eli', 'first_date_entry_in_force', day(d.in_force_on))
          .ref('eli', 'passed_by', uris.thing('body', d.body_code));
      }
      for (const x of subjects.filter((x) => x.decision_id === d.id)) {
        s.ref('dct', 'subject', subjectUri(uris, x.subject_type, x.subject_id, codesOf.get(`${x.subject_type}:${x.subject_id}`) ?? null));
      }
    }
    return g.quads;
  },
};

/** The codes of the records decisions are about (decision_subjects holds ids). */
async function subjectCodes(db: Parameters<PublicEntityType['ids']>[0], subjects: Array<{ subject_type: string; subject_id: number }>) {
  const out = new Map<string, string>();
  const tables = { action_line: 'action_lines', kpi: 'kpis', body: 'bodies', instrument: 'instruments', call: 'calls' } as const;
  for (const [type, table] of Object.entries(tables)) {
    const ids = subjects.filter((s) => s.subject_type === type).map((s) => s.subject_id);
    if (!ids.length) continue;
    const rows = await db.selectFrom(table as 'kpis').select(['id', 'code']).where('id', 'in', ids).execute();
    for (const r of rows) out.set(`${type}:${r.id}`, r.code);
  }
  return out;
}
