import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import { MANDATE_ROLES, roleLabel } from './codelists.js';
import { describeStatusConcept } from './mandate-status.js';
import { bilingual, day, fromStudy, intIds, pageOf, recommendationsNamedIn, type Db } from './shared.js';

/**
 * Governance bodies (besluit:Bestuursorgaan), their seats (mandaat:Mandaat: one per body and
 * role) and who holds them (mandaat:Mandataris: a body member, on behalf of an actor). All of
 * this is public on the body pages; a person's name appears only where the platform shows it.
 * Retired bodies are left out.
 */

const PERSON = 'http://www.w3.org/ns/person#Person';

/** A seat's id: the body's code and the role, e.g. 'stuurgroep~chair'. */
export const mandateId = (bodyCode: string, role: string) => `${bodyCode}~${role}`;

function parseMandateId(id: string): { body: string; role: string } | null {
  const i = id.lastIndexOf('~');
  if (i <= 0) return null;
  const role = id.slice(i + 1);
  return (MANDATE_ROLES as readonly string[]).includes(role) ? { body: id.slice(0, i), role } : null;
}

/** A date as xsd:dateTime at the start of that day (the mandaat shapes want a moment, the platform keeps the day). */
export const startOfDay = (d: string | null) => (d ? `${d}T00:00:00` : null);

function activeBodies(db: Db) {
  return db.selectFrom('bodies').where('bodies.retired_at', 'is', null);
}

export const bodyType: PublicEntityType = {
  type: 'body',
  dataset: 'governance',
  page: (id) => `/bodies/${encodeURIComponent(id)}`,
  async ids(db, after, limit) {
    let q = activeBodies(db).select('code').orderBy('code').limit(limit);
    if (after !== null) q = q.where('code', '>', after);
    return (await q.execute()).map((r) => r.code);
  },
  async describe(db, ids, uris) {
    const codes = [...new Set(ids)];
    if (!codes.length) return [];
    const rows = await activeBodies(db).leftJoin('bodies as p', 'p.id', 'bodies.parent_body_id')
      .leftJoin('decisions as d', (j) => j.onRef('d.id', '=', 'bodies.established_by_decision_id').on('d.status', '=', 'published'))
      .selectAll('bodies').select(['p.code as parent_code', 'd.code as decision_code'])
      .where('bodies.code', 'in', codes).execute();
    const roles = rows.length
      ? await db.selectFrom('body_members').select(['body_id', 'role']).distinct().where('body_id', 'in', rows.map((r) => r.id)).execute()
      : [];
    const g = new Graph();
    for (const b of rows) {
      const s = g.subject(uris.thing('body', b.code)).type('besluit', 'Bestuursorgaan')
        // The besluit profile allows one skos:prefLabel: the Dutch name; rdfs:label carries both languages.
        .text('skos', 'prefLabel', b.name_nl, 'nl')
        .ref('org', 'classification', uris.thing('body-kind', b.kind))
        .ref('org', 'subOrganizationOf', b.parent_code ? uris.thing('body', b.parent_code) : null)
        .typed('ext', 'meetingsPerYear', b.meetings_per_year, 'integer')
        .date('mandaat', 'bindingStart', day(b.starts_on))
        .date('mandaat', 'bindingEinde', day(b.ends_on))
        .ref('prov', 'wasDerivedFrom', b.decision_code ? uris.thing('decision', b.decision_code) : null)
        .typed('ext', 'isProposal', String(b.is_proposal), 'boolean')
        .typed('ext', 'isDemo', String(b.is_demo), 'boolean');
      bilingual(s, 'rdfs', 'label', b.name_nl, b.name_en);
      bilingual(s, 'dct', 'description', b.description_nl, b.description_en);
      bilingual(s, 'org', 'purpose', b.mandate_nl, b.mandate_en);
      for (const r of roles.filter((x) => x.body_id === b.id)) s.ref('org', 'hasPost', uris.thing('mandate', mandateId(b.code, r.role)));
      fromStudy(s, uris, b.source);
      // The study's bodies are what its recommendation R1.3 proposes: derived from it as well.
      for (const code of recommendationsNamedIn(b.source)) s.ref('prov', 'wasDerivedFrom', uris.thing('recommendation', code));
    }
    return g.quads;
  },
};

async function seats(db: Db) {
  return activeBodies(db).innerJoin('body_members as m', 'm.body_id', 'bodies.id')
    .select(['bodies.code', 'bodies.name_nl', 'bodies.name_en', 'm.role']).select((eb) => eb.fn.countAll<number>().as('holders'))
    .groupBy(['bodies.code', 'bodies.name_nl', 'bodies.name_en', 'm.role']).execute();
}

export const mandateType: PublicEntityType = {
  type: 'mandate',
  dataset: 'governance',
  page: (id) => { const m = parseMandateId(id); return m ? `/bodies/${encodeURIComponent(m.body)}` : null; },
  async ids(db, after, limit) {
    return pageOf((await seats(db)).map((s) => mandateId(s.code, s.role)), after, limit);
  },
  async describe(db, ids, uris) {
    const wanted = new Set(ids);
    if (!wanted.size) return [];
    const g = new Graph();
    for (const seat of await seats(db)) {
      const id = mandateId(seat.code, seat.role);
      if (!wanted.has(id)) continue;
      const role = roleLabel(seat.role);
      const s = g.subject(uris.thing('mandate', id)).type('mandaat', 'Mandaat')
        .ref('org', 'role', uris.thing('mandate-role', seat.role))
        .ref('org', 'postIn', uris.thing('body', seat.code))
        // The number of members the platform records in this role, which is what holds the seats now.
        .typed('mandaat', 'aantalHouders', Number(seat.holders), 'integer');
      bilingual(s, 'rdfs', 'label', `${seat.name_nl}: ${role.nl}`, `${seat.name_en}: ${role.en}`);
    }
    return g.quads;
  },
};

function members(db: Db) {
  return activeBodies(db).innerJoin('body_members as m', 'm.body_id', 'bodies.id').innerJoin('actors as a', 'a.id', 'm.actor_id');
}

export const mandataryType: PublicEntityType = {
  type: 'mandatary',
  dataset: 'governance',
  page: () => null,
  async ids(db, after, limit) {
    let q = members(db).select('m.id').orderBy('m.id').limit(limit);
    if (after !== null) q = q.where('m.id', '>', Number(after) || 0);
    return (await q.execute()).map((r) => String(r.id));
  },
  async describe(db, ids, uris) {
    const numbers = intIds(ids);
    if (!numbers.length) return [];
    const rows = await members(db)
      .leftJoin('decisions as d', (j) => j.onRef('d.id', '=', 'm.appointed_by_decision_id').on('d.status', '=', 'published'))
      .select(['m.id', 'm.role', 'm.person_name', 'm.starts_on', 'm.ends_on', 'm.is_proposal', 'm.source', 'm.status', 'd.code as appointed_by',
        'bodies.code as body_code', 'bodies.name_nl', 'bodies.name_en', 'a.code as actor_code', 'a.name as actor_name'])
      .where('m.id', 'in', numbers).execute();
    const g = new Graph();
    for (const m of rows) {
      const role = roleLabel(m.role);
      const who = m.person_name ? `${m.actor_name} (${m.person_name})` : m.actor_name;
      const s = g.subject(uris.thing('mandatary', m.id)).type('mandaat', 'Mandataris')
        .ref('org', 'holds', uris.thing('mandate', mandateId(m.body_code, m.role)))
        .ref('prov', 'actedOnBehalfOf', uris.thing('actor', m.actor_code))
        .typed('mandaat', 'start', startOfDay(day(m.starts_on)), 'dateTime')
        .typed('mandaat', 'einde', startOfDay(day(m.ends_on)), 'dateTime')
        .typed('ext', 'isProposal', String(m.is_proposal), 'boolean')
        .ref('mandaat', 'status', m.status ? describeStatusConcept(g, m.status) : null);
      bilingual(s, 'rdfs', 'label', `${who}, ${role.nl} (${m.name_nl})`, `${who}, ${role.en} (${m.name_en})`);
      if (m.appointed_by) {
        // The published decision that appointed the member is the legal ground of the appointment.
        const decision = uris.thing('decision', m.appointed_by);
        s.ref('mandaat', 'isAangesteldDoor', decision);
        g.subject(decision).type('mandaat', 'RechtsgrondAanstelling').ref('mandaat', 'bekrachtigtAanstellingVan', s.uri);
      }
      if (m.person_name) {
        // The person holding the seat, known only by the name the platform shows: no birth date,
        // gender or identifier is recorded, so none is published.
        const person = `${s.uri}#person`;
        s.ref('mandaat', 'isBestuurlijkeAliasVan', person);
        g.subject(person).ref('rdf', 'type', PERSON).typed('foaf', 'name', m.person_name, 'string').ref('mandaat', 'isAangesteldAls', s.uri);
      }
      fromStudy(s, uris, m.source);
      for (const code of recommendationsNamedIn(m.source)) s.ref('prov', 'wasDerivedFrom', uris.thing('recommendation', code));
    }
    return g.quads;
  },
};

/**
 * The mandataries of a body by actor and role: how frozen minutes (which name actor and role) point
 * at them; `allIds` holds every published mandatary of those bodies, for minutes that keep the id.
 */
export async function mandatariesByActorRole(db: Db, bodyCodes: readonly string[]): Promise<Map<string, number> & { allIds: Set<number> }> {
  const out = Object.assign(new Map<string, number>(), { allIds: new Set<number>() });
  if (!bodyCodes.length) return out;
  const rows = await members(db).select(['m.id', 'm.role', 'bodies.code as body_code', 'a.code as actor_code'])
    .where('bodies.code', 'in', [...new Set(bodyCodes)]).orderBy('m.id').execute();
  for (const r of rows) {
    out.allIds.add(r.id);
    const key = `${r.body_code}|${r.actor_code}|${r.role}`;
    if (!out.has(key)) out.set(key, r.id);
  }
  return out;
}
