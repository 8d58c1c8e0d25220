import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import type { SeedSet } from '../../seed/seed-sets.js';
import { addAgendaItem } from './commands/add-agenda-item.js';
import { addMember } from './commands/add-member.js';
import { createBody } from './commands/create-body.js';
import { createDecision } from './commands/create-decision.js';
import { createMeeting } from './commands/create-meeting.js';
import { preparePublication } from './commands/prepare-publication.js';
import { recordAttendance } from './commands/record-attendance.js';
import { recordTreatment } from './commands/record-treatment.js';
import { transitionDecision } from './commands/transition-decision.js';
import { transitionPublication } from './commands/transition-publication.js';
import { updateMeeting } from './commands/update-meeting.js';
import { contentDigest } from './snapshot.js';
import type { PublicationKind } from './schemas.js';

type Tx = Transaction<Database>;
export const R13_SOURCE = 'Deel 3, 2.1 (Aanbeveling 1.3)';

/** The transition team as the study names it; it also sits in the steering committee and the advisory board. */
const TRANSITION_TEAM = ['dcjm', 'aiv', 'meemoo', 'cultuurconnect'];

/**
 * The bodies and their composition as the study proposes them (R1.3). Texts are the platform's
 * own summaries. Every row is marked as a proposal: the real composition is decided later.
 */
export const STUDY_BODIES = [
  {
    code: 'stuurgroep', kind: 'steering_committee' as const, meetingsPerYear: 4, parent: null,
    members: [...TRANSITION_TEAM, 'kabinet-cultuur', 'faro', 'kunstenpunt', 'publiq', 'socius', 'vaf', 'literatuur-vlaanderen'],
    name: { nl: 'Stuurgroep', en: 'Steering committee' },
    description: {
      nl: 'Het belangrijkste beslissingsorgaan van de transitie. De stuurgroep legt de strategische actielijnen vast en bewaakt ze, en bekrachtigt wie welke actie trekt, met welke middelen, en hoe de uitvoering wordt opgevolgd en geëvalueerd. Ze beslist op basis van rapporten en adviezen van het transitieteam, de werkgroepen en de adviesraad, en komt drie à vier keer per jaar samen.',
      en: 'The main decision-making body of the transition. The steering committee sets and guards the strategic action lines, and confirms who leads which action, with which resources, and how implementation is monitored and evaluated. It decides on reports and advice from the transition team, the working groups and the advisory board, and meets three or four times a year.',
    },
  },
  {
    code: 'transitieteam', kind: 'transition_team' as const, meetingsPerYear: null, parent: 'stuurgroep',
    members: TRANSITION_TEAM,
    name: { nl: 'Transitieteam', en: 'Transition team' },
    description: {
      nl: 'De kern die de transitie coördineert en opvolgt, met vertegenwoordigers van de vier belangrijkste strategische en technische aanjagers en ontzorgers. Het team bespreekt de uitrol van acties op korte termijn na beslissingen van de stuurgroep, volgt op hoe ze lopen en rapporteert daarover aan de stuurgroep. DCJM neemt als kwartiermeester de opvolging en rapportering op. De studie neemt publiq voorlopig niet op in het team, in afwachting van een reflectie over zijn kerntaken.',
      en: 'The core that coordinates and monitors the transition, with representatives of the four main strategic and technical drivers and relief providers. The team discusses the roll-out of short-term actions after steering committee decisions, follows how they progress and reports on them to the steering committee. DCJM, as quartermaster, takes on monitoring and reporting. For now the study leaves publiq out of the team, pending a reflection on its core tasks.',
    },
  },
  {
    code: 'adviesraad', kind: 'advisory_board' as const, meetingsPerYear: 1, parent: null,
    members: ['imec', 'ugent', 'uhasselt', 'vub-smit', ...TRANSITION_TEAM],
    name: { nl: 'Adviesraad', en: 'Advisory board' },
    description: {
      nl: 'Een orgaan dat alleen adviseert, maar de blik van de stuurgroep openhoudt voor wat buiten de Vlaamse cultuursector gebeurt en wat op de sector afkomt. Het bevraagt geregeld de strategische actielijnen en brengt nieuwe inzichten aan. De studie ziet er kennis- en onderzoeksinstellingen, opleidingsactoren, innovatoren uit de sector, eventueel internationale experts en de leden van het transitieteam in; de definitieve samenstelling volgt uit de landschapstekening (R1.1). Komt eenmaal per jaar samen.',
      en: 'A purely advisory body that keeps the steering committee looking beyond the Flemish cultural sector and at what is coming its way. It regularly questions the strategic action lines and brings in new insights. The study sees knowledge and research institutions, training providers, innovators from the sector, possibly international experts and the members of the transition team on it; the final composition follows from the landscape drawing (R1.1). It meets once a year.',
    },
  },
];

async function actorIds(tx: Tx, codes: string[]): Promise<Map<string, number>> {
  const rows = await tx.selectFrom('actors').select(['id', 'code']).where('code', 'in', codes).execute();
  const ids = new Map(rows.map((r) => [r.code, r.id]));
  const missing = codes.filter((c) => !ids.has(c));
  if (missing.length) throw new Error(`governance seed: actors ${missing.join(', ')} are not in the study seed`);
  return ids;
}

export const studyGovernanceSeed: SeedSet = {
  name: 'study-2021-governance',
  async load(tx) {
    const actors = await actorIds(tx, [...new Set(STUDY_BODIES.flatMap((b) => b.members))]);
    const bodyIds = new Map<string, number>();
    for (const b of STUDY_BODIES) {
      const { id } = await tx.insertInto('bodies').values({
        code: b.code, kind: b.kind, name_nl: b.name.nl, name_en: b.name.en, description_nl: b.description.nl, description_en: b.description.en,
        meetings_per_year: b.meetingsPerYear, parent_body_id: b.parent ? bodyIds.get(b.parent) ?? null : null,
        is_proposal: true, source: R13_SOURCE,
      }).returning('id').executeTakeFirstOrThrow();
      bodyIds.set(b.code, id);
      await tx.insertInto('body_members').values(b.members.map((code) => ({
        body_id: id, actor_id: actors.get(code)!, person_name: null, role: 'member' as const, is_proposal: true, source: R13_SOURCE,
      }))).execute();
    }
  },
};

// ---- demo: a steering committee at work, every record marked as demo

const t = (nl: string, en: string) => ({ nl, en });

async function publish(tx: Tx, meetingId: number, kind: PublicationKind, steps: 'draft' | 'approved' | 'published', note?: { nl: string; en: string }) {
  const id = await preparePublication(tx, null, meetingId, { kind, ...(note ? { note } : {}) });
  const digest = async () => contentDigest((await tx.selectFrom('publications').select('content').where('id', '=', id).executeTakeFirstOrThrow()).content);
  if (steps !== 'draft') await transitionPublication(tx, null, id, await digest(), 'approve');
  if (steps === 'published') await transitionPublication(tx, null, id, await digest(), 'publish');
}

async function version(tx: Tx, meetingId: number) {
  return (await tx.selectFrom('meetings').select('version').where('id', '=', meetingId).executeTakeFirstOrThrow()).version;
}

async function item(tx: Tx, meetingId: number, title: { nl: string; en: string }, description: { nl: string; en: string }, isPublic = true) {
  return addAgendaItem(tx, null, meetingId, { version: await version(tx, meetingId), title, description, isPublic });
}

/** A planned demo meeting; a held one is marked held once its agenda is set, so that its items are planned ones. */
async function demoMeeting(tx: Tx, startsAt: string, place: string, chair: number | null) {
  const id = await createMeeting(tx, null, 'stuurgroep', { startsAt, place, chair });
  // Marked before anything is published, so that the frozen versions carry the demo label too.
  await tx.updateTable('meetings').set({ is_demo: true }).where('id', '=', id).execute();
  return id;
}

/** Records what happened at a held meeting beyond its plan: actual start and end, and its secretary. */
async function holdMeeting(tx: Tx, id: number, startedAt: string, endedAt: string, secretary: number | null) {
  const m = await tx.selectFrom('meetings').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
  await updateMeeting(tx, null, id, {
    version: m.version, startsAt: m.starts_at.toISOString(), place: m.place, chair: m.chair_member_id, status: 'held', startedAt, endedAt, secretary,
  });
}

async function approveDecision(tx: Tx, code: string) {
  const v = (await tx.selectFrom('decisions').select('version').where('code', '=', code).executeTakeFirstOrThrow()).version;
  await transitionDecision(tx, null, code, v, 'approve');
}

/** Demo meetings, so that a newcomer sees the cycle of agenda, treatment, decision and publication working. */
export const demoGovernanceSeed: SeedSet = {
  name: 'demo-governance',
  demo: true,
  async load(tx) {
    const sg = await tx.selectFrom('bodies').select('id').where('code', '=', 'stuurgroep').executeTakeFirst();
    if (!sg) return;
    const members = await tx.selectFrom('body_members as m').innerJoin('actors as a', 'a.id', 'm.actor_id').select(['m.id', 'a.code']).where('m.body_id', '=', sg.id).execute();
    const member = (code: string) => members.find((m) => m.code === code)?.id ?? null;

    // Meeting 1: held, everything published, minutes corrected once.
    const m1 = await demoMeeting(tx, '2026-03-19T14:00:00+01:00', 'Arenberggebouw, Brussel (demo)', member('dcjm'));
    await item(tx, m1, t('Goedkeuring van de agenda', 'Approval of the agenda'), t('', ''));
    const wgItem = await item(tx, m1, t('Oprichting van een werkgroep open cultuurdata (demo)', 'Setting up a working group on open cultural data (demo)'),
      t('Voorstel van het transitieteam om een werkgroep op te richten die een gedeelde standaard voor cultuurdata in fasen uitwerkt.',
        'Proposal by the transition team to set up a working group that develops a shared standard for cultural data in phases.'));
    const toolItem = await item(tx, m1, t('Zelfevaluatietool: van momentopname naar traject (demo)', 'Self-assessment tool: from snapshot to trajectory (demo)'),
      t('Hoe de zelfevaluatietool voortaan leidt tot een begeleidingstraject op maat (R4.2).', 'How the self-assessment tool from now on leads to a tailored follow-up trajectory (R4.2).'));
    const closedItem = await item(tx, m1, t('Inzet van personeel voor de kwartiermeester (demo)', 'Staffing for the quartermaster (demo)'), t('', ''), false);
    const present = members.filter((m) => m.code !== 'vaf').map((m) => m.id);
    await recordAttendance(tx, null, m1, { version: await version(tx, m1), present });
    await holdMeeting(tx, m1, '2026-03-19T14:05:00+01:00', '2026-03-19T16:20:00+01:00', member('cultuurconnect'));
    const items1 = await tx.selectFrom('agenda_items').select(['id', 'position']).where('meeting_id', '=', m1).orderBy('position').execute();
    const allFor = { for: present, against: [], abstain: [] };
    // The first minutes recorded one abstention on item 2 by mistake; the correction below fixes it.
    const abstainer = member('kunstenpunt')!;
    await recordTreatment(tx, null, m1, items1[0]!.id, { version: await version(tx, m1), outcome: 'approved', voters: allFor });
    await recordTreatment(tx, null, m1, wgItem, {
      version: await version(tx, m1), outcome: 'approved', voters: { for: present.filter((id) => id !== abstainer), against: [], abstain: [abstainer] },
      notes: t('Brede steun. publiq vraagt om zijn ervaring met data- en platformbeheer in te brengen in de werkgroep.', 'Broad support. publiq asks to bring its experience with data and platform management into the working group.'),
    });
    await recordTreatment(tx, null, m1, toolItem, {
      version: await version(tx, m1), outcome: 'approved', voters: allFor,
      notes: t('Cultuurconnect en meemoo werken samen een voorstel voor begeleidingstrajecten uit.', 'Cultuurconnect and meemoo jointly draft a proposal for follow-up trajectories.'),
    });
    await recordTreatment(tx, null, m1, closedItem, { version: await version(tx, m1), isPublic: false, outcome: 'noted' });
    const wgDecision = await createDecision(tx, null, m1, wgItem, {
      title: t('De stuurgroep richt de werkgroep open cultuurdata op (demo)', 'The steering committee establishes the working group on open cultural data (demo)'),
      text: t('De werkgroep werkt tot eind 2027 een gedeelde standaard voor cultuurdata uit, in fasen, en rapporteert elk kwartaal aan het transitieteam. meemoo zit de werkgroep voor.',
        'Until the end of 2027 the working group develops a shared standard for cultural data, in phases, and reports to the transition team every quarter. meemoo chairs the working group.'),
      subjects: [{ type: 'instrument', code: 'oslo-cultural-heritage' }],
      motivation: t('Een gedeelde standaard voor cultuurdata vraagt werk van meerdere partners over een langere tijd; een werkgroep met een eigen opdracht maakt dat werk opvolgbaar (demo).',
        'A shared standard for cultural data needs work by several partners over a longer time; a working group with its own assignment makes that work traceable (demo).'),
      inForceOn: '2026-04-01', documentType: 'establishment',
    });
    const toolDecision = await createDecision(tx, null, m1, toolItem, {
      title: t('De zelfevaluatietool krijgt een vervolgtraject (demo)', 'The self-assessment tool gets a follow-up trajectory (demo)'),
      text: t('Wie de zelfevaluatie invult, krijgt voortaan een verbeterplan en een aanbod van leer- en kennisactoren. Cultuurconnect trekt de uitwerking.',
        'Whoever completes the self-assessment now receives an improvement plan and an offer from learning and knowledge actors. Cultuurconnect leads the work.'),
      subjects: [{ type: 'instrument', code: 'self-assessment-tool' }],
      motivation: t('Een zelfevaluatie zonder vervolg verandert weinig; gebruikers vragen wat ze na de score kunnen doen (demo).',
        'A self-assessment without follow-up changes little; users ask what they can do after the score (demo).'),
      inForceOn: '2026-03-19', documentType: 'policy',
    });
    for (const code of [wgDecision, toolDecision]) await approveDecision(tx, code);
    await publish(tx, m1, 'agenda', 'published');
    await publish(tx, m1, 'decision_list', 'published');
    await publish(tx, m1, 'minutes', 'published');
    await updateVotes(tx, m1, wgItem, present);
    await publish(tx, m1, 'minutes', 'published', t('De stemming over agendapunt 2 is verbeterd: 10 stemmen voor in plaats van 9 voor en 1 onthouding.', 'The vote on agenda item 2 was corrected: 10 in favour instead of 9 in favour and 1 abstention.'));

    // The working group the first decision established.
    await createBody(tx, null, {
      code: 'werkgroep-open-cultuurdata-demo', kind: 'working_group', establishedByDecision: wgDecision,
      name: t('Werkgroep open cultuurdata (demo)', 'Working group on open cultural data (demo)'),
      description: t('Een voorbeeldwerkgroep: zo ziet een werkgroep eruit die de stuurgroep opricht.', 'An example working group: this is what a working group established by the steering committee looks like.'),
      mandate: t('Werk in fasen een gedeelde standaard voor cultuurdata uit, bouw voort op OSLO en rapporteer elk kwartaal aan het transitieteam.',
        'Develop a shared standard for cultural data in phases, build on OSLO and report to the transition team every quarter.'),
      startsOn: '2026-04-01', endsOn: '2027-12-31',
    });
    await tx.updateTable('bodies').set({ is_demo: true }).where('code', '=', 'werkgroep-open-cultuurdata-demo').execute();
    // The establishing decision names meemoo as chair: that seat is appointed by it.
    for (const [actor, role] of [['meemoo', 'chair'], ['publiq', 'member'], ['aiv', 'member'], ['faro', 'member'], ['kunstenpunt', 'secretary']] as const) {
      await addMember(tx, null, 'werkgroep-open-cultuurdata-demo', {
        actor, role, startsOn: '2026-04-01', endsOn: '2027-12-31', status: 'effective', appointedByDecision: actor === 'meemoo' ? wgDecision : null,
      });
    }

    // Meeting 2: held; agenda published, one decision approved, decision list waiting for approval.
    const m2 = await demoMeeting(tx, '2026-06-18T14:00:00+02:00', 'Online (demo)', member('dcjm'));
    const report = await item(tx, m2, t('Voortgangsrapport van het transitieteam (demo)', 'Progress report of the transition team (demo)'),
      t('Het transitieteam licht toe hoe de acties van het jaarplan lopen.', 'The transition team explains how the actions of the annual plan are progressing.'));
    const extend = await item(tx, m2, t('Samenstelling van de werkgroep open cultuurdata (demo)', 'Composition of the working group on open cultural data (demo)'),
      t('Voorstel om Kunstenpunt als secretaris aan te duiden.', 'Proposal to appoint Kunstenpunt as secretary.'));
    const residencies = await item(tx, m2, t('Residenties digitale cultuur: nieuwe ronde (demo)', 'Digital culture residencies: a new round (demo)'),
      t('Het transitieteam stelt een nieuwe ronde residenties voor, gericht op open data.', 'The transition team proposes a new round of residencies, focused on open data.'));
    await tx.updateTable('meetings').set({ status: 'held' }).where('id', '=', m2).execute();
    await recordAttendance(tx, null, m2, { version: await version(tx, m2), present: members.map((m) => m.id) });
    await recordTreatment(tx, null, m2, report, { version: await version(tx, m2), outcome: 'noted' });
    await recordTreatment(tx, null, m2, extend, { version: await version(tx, m2), outcome: 'approved', votesFor: 11, votesAgainst: 0, abstentions: 0 });
    const wg = await tx.selectFrom('bodies').select('id').where('code', '=', 'werkgroep-open-cultuurdata-demo').executeTakeFirstOrThrow();
    const compDecision = await createDecision(tx, null, m2, extend, {
      title: t('Kunstenpunt wordt secretaris van de werkgroep open cultuurdata (demo)', 'Kunstenpunt becomes secretary of the working group on open cultural data (demo)'),
      subjects: [{ type: 'body', id: wg.id }],
      motivation: t('De werkgroep heeft een vaste partner nodig die de verslagen bijhoudt (demo).', 'The working group needs a fixed partner to keep its minutes (demo).'),
      inForceOn: '2026-06-18', documentType: 'appointment',
    });
    await approveDecision(tx, compDecision);
    await recordTreatment(tx, null, m2, residencies, { version: await version(tx, m2), outcome: 'approved', votesFor: 11, votesAgainst: 0, abstentions: 0 });
    const draftDecision = await createDecision(tx, null, m2, residencies, {
      title: t('Een nieuwe ronde residenties digitale cultuur rond open data (demo)', 'A new round of digital culture residencies on open data (demo)'),
      text: t('Ontwerp: de tekst wordt nog afgestemd met het kabinet.', 'Draft: the wording is still being agreed with the cabinet.'),
      subjects: [{ type: 'instrument', code: 'digital-culture-residencies' }],
    });
    await publish(tx, m2, 'agenda', 'published');
    await publish(tx, m2, 'decision_list', 'draft');

    // Meeting 3: planned; its agenda is approved but not yet published.
    const m3 = await demoMeeting(tx, '2026-12-10T14:00:00+01:00', 'Arenberggebouw, Brussel (demo)', member('dcjm'));
    await item(tx, m3, t('Jaarplan 2027 (demo)', 'Annual plan 2027 (demo)'), t('Bespreking van het ontwerp van jaarplan 2027.', 'Discussion of the draft annual plan 2027.'));
    await item(tx, m3, t('Advies van de adviesraad (demo)', 'Advice of the advisory board (demo)'), t('', ''));
    await publish(tx, m3, 'agenda', 'approved');

    const ids = (await tx.selectFrom('decisions').select('id').where('code', 'in', [wgDecision, toolDecision, compDecision, draftDecision]).execute()).map((d) => d.id);
    await tx.updateTable('decisions').set({ is_demo: true }).where('id', 'in', ids).execute();

    // The demo happened over months, not in the second the seed ran: dates a reader can believe.
    const when = async (meetingId: number, kind: PublicationKind, v: number, approvedAt: string, publishedAt: string | null) => {
      await tx.updateTable('publications').set({ approved_at: approvedAt, published_at: publishedAt })
        .where('meeting_id', '=', meetingId).where('kind', '=', kind).where('version', '=', v).execute();
    };
    await when(m1, 'agenda', 1, '2026-03-10T09:00:00Z', '2026-03-12T09:00:00Z');
    await when(m1, 'decision_list', 1, '2026-03-24T09:00:00Z', '2026-03-26T09:00:00Z');
    await when(m1, 'minutes', 1, '2026-03-24T09:00:00Z', '2026-03-26T09:00:00Z');
    await when(m1, 'minutes', 2, '2026-04-01T09:00:00Z', '2026-04-02T09:00:00Z');
    await when(m2, 'agenda', 1, '2026-06-09T09:00:00Z', '2026-06-11T09:00:00Z');
    await when(m3, 'agenda', 1, '2026-11-26T09:00:00Z', null);
    await tx.updateTable('decisions').set({ published_at: '2026-03-26T09:00:00Z' }).where('code', 'in', [wgDecision, toolDecision]).execute();
  },
};

/** The demo's correction: a vote recorded wrongly in the first minutes. */
async function updateVotes(tx: Tx, meetingId: number, itemId: number, present: number[]) {
  await recordTreatment(tx, null, meetingId, itemId, {
    version: await version(tx, meetingId), outcome: 'approved', voters: { for: present, against: [], abstain: [] },
    notes: t('Brede steun. publiq vraagt om zijn ervaring met data- en platformbeheer in te brengen in de werkgroep.', 'Broad support. publiq asks to bring its experience with data and platform management into the working group.'),
  });
}

export const governanceSeedSets: SeedSet[] = [studyGovernanceSeed, demoGovernanceSeed];
