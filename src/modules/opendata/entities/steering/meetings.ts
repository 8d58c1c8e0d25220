import type { PublicEntityType } from '../../entity-type.js';
import { Graph } from '../../rdf/terms.js';
import type { Uris } from '../../uris.js';
import { mandatariesByActorRole } from './bodies.js';
import { publicGovernance, type PublicGovernance, type PublicWho } from './published-governance.js';
import { bilingual, compareIds, pageOf, type Db } from './shared.js';

/**
 * Meetings (besluit:Zitting), agenda items (besluit:Agendapunt) and their treatments
 * (besluit:BehandelingVanAgendapunt), as far as they are published. An agenda item and its
 * treatment share an id: the meeting and the item's position, e.g. '12-3'.
 */

const OUTCOME: Record<string, { nl: string; en: string }> = {
  approved: { nl: 'goedgekeurd', en: 'approved' },
  rejected: { nl: 'verworpen', en: 'rejected' },
  postponed: { nl: 'uitgesteld', en: 'postponed' },
  noted: { nl: 'kennisgenomen', en: 'noted' },
};

/**
 * Mandatary URIs of a meeting's members: by the member id the frozen minutes keep, or (in
 * versions frozen before ids were kept) by the actor and role they name.
 */
async function mandataryUris(db: Db, gov: PublicGovernance, uris: Uris, meetingIds: number[]) {
  const bodies = meetingIds.map((id) => gov.meetings.get(id)?.bodyCode).filter((c): c is string => !!c);
  const ids = await mandatariesByActorRole(db, bodies);
  const known = new Set(ids.values());
  for (const id of ids.allIds) known.add(id);
  return (meetingId: number, who: PublicWho) => {
    if (who.member !== undefined && known.has(who.member)) return uris.thing('mandatary', who.member);
    const body = gov.meetings.get(meetingId)?.bodyCode;
    const id = body ? ids.get(`${body}|${who.actor}|${who.role}`) : undefined;
    return id === undefined ? null : uris.thing('mandatary', id);
  };
}

const DOCUMENT_PAGES = { agenda: 'agenda', decision_list: 'decision_list', minutes: 'minutes' } as const;

export const meetingType: PublicEntityType = {
  type: 'meeting',
  dataset: 'governance',
  page: (id) => `/meetings/${encodeURIComponent(id)}`,
  async ids(db, after, limit) {
    const gov = await publicGovernance(db);
    return pageOf([...gov.meetings.keys()].map(String), after, limit);
  },
  async describe(db, ids, uris) {
    const gov = await publicGovernance(db);
    const meetings = [...new Set(ids)].map((id) => gov.meetings.get(Number(id))).filter((m) => m !== undefined);
    if (!meetings.length) return [];
    const mandatary = await mandataryUris(db, gov, uris, meetings.map((m) => m.id));
    const g = new Graph();
    for (const m of meetings) {
      const uri = uris.thing('meeting', m.id);
      const s = g.subject(uri).type('besluit', 'Zitting')
        .ref('besluit', 'isGehoudenDoor', uris.thing('body', m.bodyCode))
        .typed('besluit', 'geplandeStart', m.startsAt, 'dateTime')
        .ref('besluit', 'heeftVoorzitter', m.chair ? mandatary(m.id, m.chair) : null)
        .ref('besluit', 'heeftSecretaris', m.secretary ? mandatary(m.id, m.secretary) : null)
        .typed('prov', 'startedAtTime', m.startedAt, 'dateTime')
        .typed('prov', 'endedAtTime', m.endedAt, 'dateTime')
        .text('ext', 'status', m.status)
        .typed('ext', 'isDemo', String(m.isDemo), 'boolean');
      for (const who of m.present ?? []) s.ref('besluit', 'heeftAanwezigeBijStart', mandatary(m.id, who));
      const items = [...gov.items.values()].filter((i) => i.meetingId === m.id).sort((a, b) => compareIds(a.key, b.key));
      for (const i of items) s.ref('besluit', 'behandelt', uris.thing('agenda-item', i.key));
      if (m.place) {
        s.ref('prov', 'atLocation', `${uri}#location`);
        g.subject(`${uri}#location`).type('prov', 'Location').text('rdfs', 'label', m.place);
      }
      for (const d of m.documents) {
        const page = `${uris.base}/meetings/${m.id}/publications/${DOCUMENT_PAGES[d.kind]}/${d.version}`;
        // besluit has a term for the minutes only; the agenda and decision list use the platform's own.
        if (d.kind === 'minutes') s.ref('besluit', 'heeftNotulen', page);
        else if (d.kind === 'decision_list') s.ref('ext', 'decisionList', page);
        else s.ref('ext', 'agenda', page);
        g.subject(page).type('foaf', 'Document');
      }
    }
    return g.quads;
  },
};

export const agendaItemType: PublicEntityType = {
  type: 'agenda-item',
  dataset: 'governance',
  page: (id) => { const meeting = id.split('-')[0]; return meeting && /^\d+$/.test(meeting) ? `/meetings/${meeting}` : null; },
  async ids(db, after, limit) {
    return pageOf([...(await publicGovernance(db)).items.keys()], after, limit);
  },
  async describe(db, ids, uris) {
    const gov = await publicGovernance(db);
    const g = new Graph();
    for (const id of new Set(ids)) {
      const i = gov.items.get(id);
      if (!i) continue;
      // The besluit profile wants one plain dct:title: the Dutch one; rdfs:label carries both languages.
      const s = g.subject(uris.thing('agenda-item', i.key)).type('besluit', 'Agendapunt')
        .typed('dct', 'title', i.title.nl, 'string')
        .typed('besluit', 'geplandOpenbaar', String(i.isPublic), 'boolean')
        .typed('ext', 'position', i.position, 'integer')
        // The profile's property is literally named besluit:Agendapunt.type; versions frozen before the type was recorded have none.
        .ref('besluit', 'Agendapunt.type', i.type ? uris.thing('agenda-item-type', i.type) : null)
        .ref('besluit', 'aangebrachtNa', gov.items.has(`${i.meetingId}-${i.position - 1}`) ? uris.thing('agenda-item', `${i.meetingId}-${i.position - 1}`) : null);
      bilingual(s, 'rdfs', 'label', i.title.nl, i.title.en);
      if (i.description?.nl) s.typed('dct', 'description', i.description.nl, 'string');
      if (i.description) bilingual(s, 'ext', 'description', i.description.nl, i.description.en);
    }
    return g.quads;
  },
};

export const treatmentType: PublicEntityType = {
  type: 'treatment',
  dataset: 'governance',
  page: (id) => { const meeting = id.split('-')[0]; return meeting && /^\d+$/.test(meeting) ? `/meetings/${meeting}` : null; },
  async ids(db, after, limit) {
    return pageOf([...(await publicGovernance(db)).treatments.keys()], after, limit);
  },
  async describe(db, ids, uris) {
    const gov = await publicGovernance(db);
    const treatments = [...new Set(ids)].map((id) => gov.treatments.get(id)).filter((t) => t !== undefined);
    if (!treatments.length) return [];
    const mandatary = await mandataryUris(db, gov, uris, treatments.map((t) => t.meetingId));
    const g = new Graph();
    for (const t of treatments) {
      const uri = uris.thing('treatment', t.key);
      const present = gov.meetings.get(t.meetingId)?.present ?? [];
      const item = gov.items.get(t.key);
      const s = g.subject(uri).type('besluit', 'BehandelingVanAgendapunt')
        .ref('dct', 'subject', uris.thing('agenda-item', t.key))
        .typed('besluit', 'openbaar', String(t.isPublic), 'boolean')
        .ref('besluit', 'gebeurtNa', gov.treatments.has(`${t.meetingId}-${t.position - 1}`) ? uris.thing('treatment', `${t.meetingId}-${t.position - 1}`) : null);
      bilingual(s, 'ext', 'outcome', OUTCOME[t.outcome]?.nl, OUTCOME[t.outcome]?.en);
      if (t.notes) bilingual(s, 'ext', 'notes', t.notes.nl, t.notes.en);
      for (const code of t.decisions) s.ref('prov', 'generated', uris.thing('decision', code));
      for (const who of present) s.ref('besluit', 'heeftAanwezige', mandatary(t.meetingId, who));
      if (t.votes) {
        const vote = g.subject(`${uri}#vote`).type('besluit', 'Stemming')
          .typed('besluit', 'aantalVoorstanders', t.votes.for, 'integer')
          .typed('besluit', 'aantalTegenstanders', t.votes.against, 'integer')
          .typed('besluit', 'aantalOnthouders', t.votes.abstentions, 'integer')
          .typed('besluit', 'geheim', 'false', 'boolean')
          .text('besluit', 'gevolg', OUTCOME[t.outcome]?.nl, 'nl')
          .text('besluit', 'onderwerp', item?.title.nl, 'nl');
        for (const who of present) vote.ref('besluit', 'heeftAanwezige', mandatary(t.meetingId, who));
        const v = t.voters;
        if (v) {
          for (const who of [...v.for, ...v.against, ...v.abstain]) vote.ref('besluit', 'heeftStemmer', mandatary(t.meetingId, who));
          for (const who of v.for) vote.ref('besluit', 'heeftVoorstander', mandatary(t.meetingId, who));
          for (const who of v.against) vote.ref('besluit', 'heeftTegenstander', mandatary(t.meetingId, who));
          for (const who of v.abstain) vote.ref('besluit', 'heeftOnthouder', mandatary(t.meetingId, who));
        }
        s.ref('besluit', 'heeftStemming', `${uri}#vote`);
      }
    }
    return g.quads;
  },
};
