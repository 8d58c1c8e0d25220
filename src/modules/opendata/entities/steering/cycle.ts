import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import { bilingual, day, decimal, intIds, type Db } from './shared.js';

/**
 * The follow-up cycle (R2). An action line is a prov:Plan (a plan of what the transition will
 * do); an action is a prov:Activity that carries out part of it. Neither PROV nor the OSLO
 * models have terms for budgets, status or milestones, so those are in the platform's own
 * `ext:` vocabulary. Retired action lines are left out, and so are actions of plans that are
 * still a draft: only an adopted plan is a commitment.
 */

export const actionLineType: PublicEntityType = {
  type: 'action-line',
  dataset: 'cycle',
  page: (id) => `/action-lines/${encodeURIComponent(id)}`,
  async ids(db, after, limit) {
    let q = db.selectFrom('action_lines').select('code').where('retired_at', 'is', null).orderBy('code').limit(limit);
    if (after !== null) q = q.where('code', '>', after);
    return (await q.execute()).map((r) => r.code);
  },
  async describe(db, ids, uris) {
    const codes = [...new Set(ids)];
    if (!codes.length) return [];
    const rows = await db.selectFrom('action_lines as l').leftJoin('actors as a', 'a.id', 'l.owner_actor_id')
      .select(['l.id', 'l.code', 'l.title_nl', 'l.title_en', 'l.description_nl', 'l.description_en', 'l.is_demo', 'a.code as owner'])
      .where('l.retired_at', 'is', null).where('l.code', 'in', codes).execute();
    if (!rows.length) return [];
    const lineIds = rows.map((r) => r.id);
    const [recs, challenges] = await Promise.all([
      db.selectFrom('action_line_recommendations').selectAll().where('action_line_id', 'in', lineIds).execute(),
      db.selectFrom('action_line_challenges').selectAll().where('action_line_id', 'in', lineIds).execute(),
    ]);
    const g = new Graph();
    for (const l of rows) {
      const s = g.subject(uris.thing('action-line', l.code)).type('prov', 'Plan').type('ext', 'ActionLine')
        .text('skos', 'notation', l.code)
        .ref('prov', 'wasAttributedTo', l.owner ? uris.thing('actor', l.owner) : null)
        .typed('ext', 'isDemo', String(l.is_demo), 'boolean');
      bilingual(s, 'dct', 'title', l.title_nl, l.title_en);
      bilingual(s, 'dct', 'description', l.description_nl, l.description_en);
      // An action line carries out recommendations of the study and answers its challenges.
      for (const r of recs.filter((x) => x.action_line_id === l.id)) s.ref('prov', 'wasDerivedFrom', uris.thing('recommendation', r.recommendation_code));
      for (const c of challenges.filter((x) => x.action_line_id === l.id)) s.ref('dct', 'subject', uris.thing('challenge', c.challenge));
    }
    return g.quads;
  },
};

function publicActions(db: Db) {
  return db.selectFrom('actions as x').innerJoin('plans as p', 'p.id', 'x.plan_id').innerJoin('action_lines as l', 'l.id', 'p.action_line_id')
    .where('p.status', '=', 'adopted').where('l.retired_at', 'is', null);
}

export const actionType: PublicEntityType = {
  type: 'action',
  dataset: 'cycle',
  page: (id) => `/actions/${encodeURIComponent(id)}`,
  async ids(db, after, limit) {
    let q = publicActions(db).select('x.id').orderBy('x.id').limit(limit);
    if (after !== null) q = q.where('x.id', '>', Number(after) || 0);
    return (await q.execute()).map((r) => String(r.id));
  },
  async describe(db, ids, uris) {
    const numbers = intIds(ids);
    if (!numbers.length) return [];
    const rows = await publicActions(db).leftJoin('actors as a', 'a.id', 'x.responsible_actor_id')
      .select(['x.id', 'x.code', 'x.title_nl', 'x.title_en', 'x.description_nl', 'x.description_en', 'x.status', 'x.starts_on', 'x.ends_on',
        'x.budget_planned', 'x.budget_committed', 'x.budget_spent', 'x.is_demo', 'p.kind', 'p.year_from', 'p.year_to', 'l.code as line', 'a.code as responsible'])
      .where('x.id', 'in', numbers).execute();
    if (!rows.length) return [];
    const actionIds = rows.map((r) => r.id);
    const [contributors, decisions] = await Promise.all([
      db.selectFrom('action_contributors as c').innerJoin('actors as a', 'a.id', 'c.actor_id').select(['c.action_id', 'a.code']).where('c.action_id', 'in', actionIds).execute(),
      db.selectFrom('action_decisions as ad').innerJoin('decisions as d', 'd.id', 'ad.decision_id').select(['ad.action_id', 'd.code'])
        .where('ad.action_id', 'in', actionIds).where('d.status', '=', 'published').execute(),
    ]);
    const g = new Graph();
    for (const x of rows) {
      const s = g.subject(uris.thing('action', x.id)).type('prov', 'Activity').type('ext', 'Action')
        .text('skos', 'notation', x.code)
        .ref('dct', 'isPartOf', uris.thing('action-line', x.line))
        .ref('ext', 'responsible', x.responsible ? uris.thing('actor', x.responsible) : null)
        .ref('prov', 'wasAssociatedWith', x.responsible ? uris.thing('actor', x.responsible) : null)
        .text('ext', 'status', x.status)
        .date('schema', 'startDate', day(x.starts_on))
        .date('schema', 'endDate', day(x.ends_on))
        .typed('ext', 'budgetPlanned', decimal(x.budget_planned), 'decimal')
        .typed('ext', 'budgetCommitted', decimal(x.budget_committed), 'decimal')
        .typed('ext', 'budgetSpent', decimal(x.budget_spent), 'decimal')
        .text('ext', 'planKind', x.kind)
        .typed('ext', 'planYearFrom', x.year_from, 'gYear')
        .typed('ext', 'planYearTo', x.year_to, 'gYear')
        .typed('ext', 'isDemo', String(x.is_demo), 'boolean');
      bilingual(s, 'dct', 'title', x.title_nl, x.title_en);
      bilingual(s, 'dct', 'description', x.description_nl, x.description_en);
      for (const c of contributors.filter((c) => c.action_id === x.id)) s.ref('prov', 'wasAssociatedWith', uris.thing('actor', c.code));
      for (const d of decisions.filter((d) => d.action_id === x.id)) s.ref('prov', 'wasInfluencedBy', uris.thing('decision', d.code));
    }
    return g.quads;
  },
};
