import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import { byteOrder, decimal, distinct, markDemo, pageSize } from './common.js';
import { concept, typedConcept } from './concepts.js';
import { publicOrganisations } from './organisation.js';

/**
 * A granted project in the terms of the subsidy register: the consortium's use of the call
 * (SubsidiemaatregelConsumptie) on the legal ground of the grant (RechtsgrondToekenningSubsidie)
 * with the subsidised period and the granted amount, and each organisation's participation (m8g)
 * in its role, lead or partner. The consortium itself is a W3C org collaboration.
 *
 * Not published as a FinancieelVoordeel: that class requires the amount paid out and the date of
 * the last payment, and the platform does not record payments.
 */
export const projectType: PublicEntityType = {
  type: 'project',
  dataset: 'calls',
  page: (id) => `/projects/${encodeURIComponent(id)}`,

  async ids(db, after, limit) {
    let q = db.selectFrom('projects').select('code').orderBy(byteOrder('code')).limit(pageSize(limit));
    if (after !== null) q = q.where(byteOrder('code'), '>', after);
    return (await q.execute()).map((r) => r.code);
  },

  async describe(db, ids, uris) {
    if (ids.length === 0) return [];
    const rows = await db.selectFrom('projects as p')
      .innerJoin('calls as c', 'c.id', 'p.call_id')
      .leftJoin('grant_decisions as g', (join) => join.onRef('g.application_id', '=', 'p.application_id').on('g.outcome', '=', 'granted'))
      .select(['p.id', 'p.code', 'p.application_id', 'p.lead_organisation_id', 'p.title', 'p.granted_eur', 'p.starts_on', 'p.ends_on',
        'p.status', 'p.closed_at', 'p.is_demo', 'c.code as call_code', 'c.status as call_status', 'g.decided_at'])
      .where('p.code', 'in', [...new Set(ids)]).execute();
    if (rows.length === 0) return [];
    const partners = await db.selectFrom('application_partners').select(['application_id', 'organisation_id', 'role', 'contribution'])
      .where('application_id', 'in', rows.map((r) => r.application_id)).orderBy('organisation_id').execute();
    const visible = await publicOrganisations(db, [...rows.map((r) => r.lead_organisation_id), ...partners.map((p) => p.organisation_id)]);
    const graph = new Graph();
    for (const r of rows) {
      const uri = uris.thing('project', r.code);
      const s = graph.subject(uri).type('subsidie', 'SubsidiemaatregelConsumptie')
        .text('dct', 'identifier', r.code).text('dct', 'title', r.title);
      if (r.call_status !== 'draft') s.ref('transactie', 'isInstantieVan', uris.thing('call', r.call_code));
      s.ref('subsidieregister', 'heeftRechtsgrond', `${uri}#grant`);
      graph.subject(`${uri}#grant`).type('subsidieregister', 'RechtsgrondToekenningSubsidie')
        .ref('subsidieregister', 'gesubsidieerdePeriode', `${uri}#period`)
        .typed('subsidieregister', 'toegekendBedrag', decimal(r.granted_eur), 'decimal')
        .date('dct', 'issued', r.decided_at);
      graph.subject(`${uri}#period`).type('dct', 'PeriodOfTime').type('m8g', 'PeriodOfTime')
        .date('dcat', 'startDate', r.starts_on).date('dcat', 'endDate', r.ends_on);
      s.dateTime('ext', 'closedAt', r.closed_at);

      // The lead first; a lead missing from the partner rows is still the lead.
      const members = partners.filter((p) => p.application_id === r.application_id)
        .map((p) => ({ id: p.organisation_id, role: p.organisation_id === r.lead_organisation_id ? 'lead' : p.role, contribution: p.contribution }));
      if (!members.some((m) => m.id === r.lead_organisation_id)) members.push({ id: r.lead_organisation_id, role: 'lead', contribution: '' });
      const consortium = `${uri}#consortium`;
      s.ref('ext', 'consortium', consortium);
      graph.subject(consortium).type('org', 'OrganizationalCollaboration');
      for (const m of members.filter((member) => visible.has(member.id))) {
        const org = uris.thing('organisation', m.id);
        const participation = `${uri}#participation-${m.id}`;
        s.ref('m8g', 'hasParticipation', participation);
        graph.subject(participation).type('m8g', 'Participation')
          .ref('m8g', 'role', typedConcept(graph, concept(uris, 'consortiumRole', m.role)))
          .text('dct', 'description', m.contribution);
        graph.subject(org).type('dct', 'Agent').ref('m8g', 'playsRole', participation);
        graph.subject(consortium).ref('org', 'hasMember', org);
      }
      markDemo(s, r.is_demo);
    }
    return distinct(graph.quads);
  },
};
