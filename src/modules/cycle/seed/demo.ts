import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { SeedSet } from '../../../seed/seed-sets.js';
import { freezeBaseline } from '../commands/shared.js';
import { rollOverPlan } from '../commands/roll-over-plan.js';
import { findPlanRecord } from '../queries.js';
import type { ActionStatus } from '../progress.js';

type Tx = Transaction<Database>;
type Text = { nl: string; en: string };
interface DemoMilestone { title: Text; due: string; done?: string; weight?: number }
interface DemoAction {
  code: string; title: Text; responsible: string; contributors?: string[]; status: ActionStatus; starts: string; ends: string;
  planned?: number; committed?: number; spent?: number; externalId?: string; milestones: DemoMilestone[];
}

const demo = (t: Text): Text => ({ nl: `[demo] ${t.nl}`, en: `[demo] ${t.en}` });

async function actorIds(tx: Tx): Promise<(code: string) => number | null> {
  const rows = await tx.selectFrom('actors').select(['id', 'code']).execute();
  const map = new Map(rows.map((r) => [r.code, r.id]));
  return (code) => map.get(code) ?? null;
}

async function addLine(tx: Tx, actor: (c: string) => number | null, l: { code: string; title: Text; description: Text; owner: string; recommendations: string[]; challenges: number[] }) {
  const { id } = await tx.insertInto('action_lines').values({
    code: l.code, title_nl: l.title.nl, title_en: l.title.en, description_nl: l.description.nl, description_en: l.description.en,
    owner_actor_id: actor(l.owner), is_demo: true,
  }).returning('id').executeTakeFirstOrThrow();
  const recs = (await tx.selectFrom('recommendations').select('code').where('code', 'in', l.recommendations).execute()).map((r) => r.code);
  if (recs.length) await tx.insertInto('action_line_recommendations').values(recs.map((r) => ({ action_line_id: id, recommendation_code: r }))).execute();
  const challenges = (await tx.selectFrom('challenges').select('number').where('number', 'in', l.challenges).execute()).map((c) => c.number);
  if (challenges.length) await tx.insertInto('action_line_challenges').values(challenges.map((c) => ({ action_line_id: id, challenge: c }))).execute();
  return id;
}

async function addPlan(tx: Tx, lineId: number, kind: 'multi_year' | 'annual', from: number, to = from) {
  const { id } = await tx.insertInto('plans').values({ action_line_id: lineId, kind, year_from: from, year_to: to, is_demo: true })
    .returning('id').executeTakeFirstOrThrow();
  return id;
}

async function addMilestones(tx: Tx, actionId: number, milestones: DemoMilestone[]) {
  if (!milestones.length) return;
  await tx.insertInto('milestones').values(milestones.map((m) => ({
    action_id: actionId, title_nl: m.title.nl, title_en: m.title.en, due_on: m.due, done_on: m.done ?? null, weight: m.weight ?? null,
  }))).execute();
}

async function addAction(tx: Tx, actor: (c: string) => number | null, planId: number, a: DemoAction) {
  const { id } = await tx.insertInto('actions').values({
    plan_id: planId, code: a.code, title_nl: demo(a.title).nl, title_en: demo(a.title).en, responsible_actor_id: actor(a.responsible),
    status: a.status, starts_on: a.starts, ends_on: a.ends, budget_planned: a.planned ?? null, budget_committed: a.committed ?? null,
    budget_spent: a.spent ?? null, external_id: a.externalId ?? null, is_demo: true,
  }).returning('id').executeTakeFirstOrThrow();
  const contributors = (a.contributors ?? []).map(actor).filter((x): x is number => x !== null);
  if (contributors.length) await tx.insertInto('action_contributors').values(contributors.map((c) => ({ action_id: id, actor_id: c }))).execute();
  await addMilestones(tx, id, a.milestones);
  return id;
}

async function actionIn(tx: Tx, planId: number, code: string) {
  return (await tx.selectFrom('actions').select('id').where('plan_id', '=', planId).where('code', '=', code).executeTakeFirstOrThrow()).id;
}

async function markDone(tx: Tx, actionId: number, titleNl: string, done: string) {
  await tx.updateTable('milestones').set({ done_on: done }).where('action_id', '=', actionId).where('title_nl', '=', titleNl).execute();
}

/**
 * Demo data for the follow-up cycle: action lines tied to study recommendations, a multi-year
 * plan 2025-2027 and annual plans 2025 and 2026 with budgets and milestones. The 2025 plan of the
 * infrastructure line is adopted (baseline 1) and changed afterwards, so plan-versus-actual has
 * something to show; some milestones are overdue, so "at risk" shows. All names say [demo].
 */
export const demoCycleSeed: SeedSet = {
  name: 'demo-cycle',
  demo: true,
  async load(tx) {
    const actor = await actorIds(tx);

    // --- line 1: digital basic infrastructure (R2.2) --------------------------------------------------
    const infra = await addLine(tx, actor, {
      code: 'demo-basisinfrastructuur',
      title: demo({ nl: 'Digitale basisinfrastructuur', en: 'Digital basic infrastructure' }),
      description: {
        nl: 'Voorbeeld van een actielijn bij aanbeveling 2.2: bepalen en stapsgewijs uitbouwen wat de sector gemeenschappelijk nodig heeft (standaarden, aggregatie, preservatie). Fictieve gegevens.',
        en: 'Example of an action line for recommendation 2.2: define and build step by step what the sector needs in common (standards, aggregation, preservation). Fictitious data.',
      },
      owner: 'aiv', recommendations: ['R2.2', 'R3.1'], challenges: [6, 13],
    });
    const infraMulti = await addPlan(tx, infra, 'multi_year', 2025, 2027);
    await addAction(tx, actor, infraMulti, {
      code: 'MJ1', title: { nl: 'Referentiearchitectuur voor cultuurdata', en: 'Reference architecture for cultural data' }, responsible: 'aiv',
      contributors: ['meemoo', 'dcjm'], status: 'running', starts: '2025-01-01', ends: '2027-12-31', planned: 450000, committed: 210000, spent: 160000,
      externalId: 'demo-aiv-ra-2025',
      milestones: [
        { title: { nl: 'Architectuurprincipes vastgelegd', en: 'Architecture principles agreed' }, due: '2025-06-30', done: '2025-06-20', weight: 1 },
        { title: { nl: 'Bouwstenen aanbesteed', en: 'Building blocks tendered' }, due: '2026-06-30', done: '2026-07-15', weight: 2 },
        { title: { nl: 'Bouwstenen in gebruik bij vijf partners', en: 'Building blocks in use at five partners' }, due: '2027-12-31', weight: 3 },
      ],
    });
    await addAction(tx, actor, infraMulti, {
      code: 'MJ2', title: { nl: 'Gedeelde preservatiedienst', en: 'Shared preservation service' }, responsible: 'meemoo', status: 'planned',
      starts: '2026-01-01', ends: '2027-12-31', planned: 300000,
      milestones: [{ title: { nl: 'Businessplan goedgekeurd', en: 'Business plan approved' }, due: '2027-03-31' }],
    });

    const infra2025 = await addPlan(tx, infra, 'annual', 2025);
    await addAction(tx, actor, infra2025, {
      code: 'A1', title: { nl: 'Scope van de basisinfrastructuur vastleggen', en: 'Define the scope of the basic infrastructure' }, responsible: 'aiv',
      contributors: ['meemoo', 'cultuurconnect'], status: 'done', starts: '2025-01-15', ends: '2025-06-30', planned: 40000, committed: 40000, spent: 38500,
      milestones: [
        { title: { nl: 'Inventaris van bestaande systemen', en: 'Inventory of existing systems' }, due: '2025-03-15', done: '2025-03-12', weight: 1 },
        { title: { nl: 'Scopenota goedgekeurd', en: 'Scope paper approved' }, due: '2025-06-30', done: '2025-06-24', weight: 2 },
      ],
    });
    await addAction(tx, actor, infra2025, {
      code: 'A2', title: { nl: 'Standaard voor collectiedata (OSLO)', en: 'Standard for collection data (OSLO)' }, responsible: 'aiv',
      contributors: ['meemoo', 'faro'], status: 'running', starts: '2025-02-01', ends: '2025-12-31', planned: 120000, committed: 90000, spent: 60000,
      externalId: 'demo-oslo-collectiedata',
      milestones: [
        { title: { nl: 'Werkgroep standaarden opgestart', en: 'Standards working group started' }, due: '2025-02-28', done: '2025-03-10', weight: 1 },
        { title: { nl: 'Ontwerpstandaard ter consultatie', en: 'Draft standard out for consultation' }, due: '2025-06-30', weight: 2 },
        { title: { nl: 'Standaard vastgesteld', en: 'Standard adopted' }, due: '2026-03-31', weight: 3 },
      ],
    });
    await addAction(tx, actor, infra2025, {
      code: 'A3', title: { nl: 'Aggregatiepilot met drie erfgoedcollecties', en: 'Aggregation pilot with three heritage collections' }, responsible: 'meemoo',
      contributors: ['faro'], status: 'running', starts: '2025-03-01', ends: '2025-12-31', planned: 80000, committed: 60000, spent: 35000,
      milestones: [
        { title: { nl: 'Partners gekozen', en: 'Partners chosen' }, due: '2025-04-01', done: '2025-04-01' },
        { title: { nl: 'Eerste aggregatie', en: 'First aggregation' }, due: '2025-11-30' },
      ],
    });
    await addAction(tx, actor, infra2025, {
      code: 'A4', title: { nl: 'Verkenning van een gedeelde opslagdienst', en: 'Exploring a shared storage service' }, responsible: 'meemoo', status: 'running',
      starts: '2025-03-01', ends: '2025-09-30', planned: 30000, committed: 5000, spent: 5000,
      milestones: [{ title: { nl: 'Marktverkenning afgerond', en: 'Market scan completed' }, due: '2025-05-31' }],
    });

    // Adopted as it stood in spring 2025 ...
    await tx.updateTable('plans').set({ status: 'adopted', adopted_at: new Date('2025-03-20T10:00:00Z') }).where('id', '=', infra2025).execute();
    await freezeBaseline(tx, (await findPlanRecord(tx, infra2025))!, null, null, '');
    await tx.updateTable('plan_baselines').set({ frozen_at: new Date('2025-03-20T10:00:00Z') }).where('plan_id', '=', infra2025).execute();
    // ... and changed since: a slipped milestone, a higher budget, a stopped action, an action added.
    const a2 = await actionIn(tx, infra2025, 'A2');
    await tx.updateTable('milestones').set({ due_on: '2025-09-30' }).where('action_id', '=', a2).where('title_nl', '=', 'Ontwerpstandaard ter consultatie').execute();
    const a3 = await actionIn(tx, infra2025, 'A3');
    await tx.updateTable('actions').set({ budget_planned: 90000, budget_committed: 95000, version: 2 }).where('id', '=', a3).execute();
    const a4 = await actionIn(tx, infra2025, 'A4');
    await tx.updateTable('actions').set({ status: 'stopped', version: 2 }).where('id', '=', a4).execute();
    await addAction(tx, actor, infra2025, {
      code: 'A5', title: { nl: 'Het werkkader bekendmaken in het cultuurveld', en: 'Making the framework known in the cultural field' }, responsible: 'dcjm',
      status: 'done', starts: '2025-09-01', ends: '2025-12-15',
      milestones: [
        { title: { nl: 'Nieuwsbrief aan alle steunpunten', en: 'Newsletter to all support organisations' }, due: '2025-10-15', done: '2025-10-14', weight: 1 },
        { title: { nl: 'Sectordag over de basisinfrastructuur', en: 'Sector day on the basic infrastructure' }, due: '2025-12-10', done: '2025-12-10' },
      ],
    });

    // 2026: started from 2025's open actions (A2, A3), then worked on.
    const infra2026 = await rollOverPlan(tx, null, infra2025);
    const a2next = await actionIn(tx, infra2026, 'A2');
    await markDone(tx, a2next, 'Ontwerpstandaard ter consultatie', '2026-01-20');
    await markDone(tx, a2next, 'Standaard vastgesteld', '2026-05-12');
    await tx.updateTable('actions').set({ budget_planned: 60000, budget_committed: 60000, budget_spent: 41000, starts_on: '2026-01-01', ends_on: '2026-12-31' }).where('id', '=', a2next).execute();
    await addMilestones(tx, a2next, [{ title: { nl: 'Standaard gepubliceerd op de OSLO-site', en: 'Standard published on the OSLO site' }, due: '2026-12-15', weight: 1 }]);
    const a3next = await actionIn(tx, infra2026, 'A3');
    await markDone(tx, a3next, 'Eerste aggregatie', '2026-02-27');
    await tx.updateTable('actions').set({ budget_planned: 70000, budget_committed: 50000, budget_spent: 30000, starts_on: '2026-01-01', ends_on: '2026-12-31' }).where('id', '=', a3next).execute();
    await addMilestones(tx, a3next, [{ title: { nl: 'Aggregatie uitgebreid naar tien collecties', en: 'Aggregation extended to ten collections' }, due: '2026-10-31' }]);
    await addAction(tx, actor, infra2026, {
      code: 'A6', title: { nl: 'Conformiteitsannex in subsidie-instrumenten', en: 'Conformity annex in grant instruments' }, responsible: 'dcjm',
      contributors: ['aiv', 'meemoo'], status: 'running', starts: '2026-03-01', ends: '2027-03-31', planned: 60000, committed: 20000, spent: 12000,
      milestones: [
        { title: { nl: 'Annex ontworpen', en: 'Annex designed' }, due: '2026-09-30', done: '2026-09-25', weight: 1 },
        { title: { nl: 'Annex in twee projectoproepen', en: 'Annex in two calls' }, due: '2027-03-31', weight: 2 },
      ],
    });

    // --- line 2: digital competences (R4.1) ----------------------------------------------------------
    const skills = await addLine(tx, actor, {
      code: 'demo-digitale-competenties',
      title: demo({ nl: 'Digitale competenties als strategische prioriteit', en: 'Digital competences as a strategic priority' }),
      description: {
        nl: 'Voorbeeld van een actielijn bij aanbeveling 4.1: een nulmeting van digitale competenties en een leeraanbod dat erop voortbouwt. Fictieve gegevens.',
        en: 'Example of an action line for recommendation 4.1: a baseline of digital competences and learning offers that build on it. Fictitious data.',
      },
      owner: 'cultuurconnect', recommendations: ['R4.1', 'R4.2'], challenges: [7, 12],
    });
    const skillsMulti = await addPlan(tx, skills, 'multi_year', 2025, 2027);
    await addAction(tx, actor, skillsMulti, {
      code: 'MJ1', title: { nl: 'Competentiekader voor de cultuursector', en: 'Competence framework for the cultural sector' }, responsible: 'cultuurconnect',
      contributors: ['socius', 'kunstenpunt'], status: 'running', starts: '2025-01-01', ends: '2027-06-30', planned: 150000, committed: 60000, spent: 45000,
      milestones: [
        { title: { nl: 'Kader in consultatie', en: 'Framework in consultation' }, due: '2025-12-31', done: '2025-12-18' },
        { title: { nl: 'Kader vastgesteld', en: 'Framework adopted' }, due: '2026-06-30' },
        { title: { nl: 'Kader gekoppeld aan de zelfevaluatie', en: 'Framework linked to the self-assessment' }, due: '2027-06-30' },
      ],
    });
    const skills2025 = await addPlan(tx, skills, 'annual', 2025);
    await addAction(tx, actor, skills2025, {
      code: 'C1', title: { nl: 'Nulmeting digitale competenties', en: 'Baseline of digital competences' }, responsible: 'cultuurconnect',
      contributors: ['dcjm'], status: 'done', starts: '2025-01-01', ends: '2025-09-30', planned: 50000, committed: 50000, spent: 47000,
      milestones: [
        { title: { nl: 'Vragenlijst klaar', en: 'Questionnaire ready' }, due: '2025-03-31', done: '2025-03-28' },
        { title: { nl: 'Resultaten gepubliceerd', en: 'Results published' }, due: '2025-09-30', done: '2025-10-06' },
      ],
    });
    await addAction(tx, actor, skills2025, {
      code: 'C2', title: { nl: 'Leerpad digitaal leiderschap', en: 'Digital leadership learning path' }, responsible: 'cultuurconnect',
      contributors: ['socius'], status: 'running', starts: '2025-03-01', ends: '2026-06-30', planned: 70000, committed: 70000, spent: 52000,
      milestones: [
        { title: { nl: 'Leerpad ontworpen', en: 'Learning path designed' }, due: '2025-05-31', done: '2025-05-27', weight: 1 },
        { title: { nl: 'Eerste reeks gegeven', en: 'First series given' }, due: '2025-10-15', done: '2025-10-20', weight: 2 },
        { title: { nl: 'Tweede reeks gegeven', en: 'Second series given' }, due: '2026-04-30', weight: 2 },
      ],
    });
    const skills2026 = await rollOverPlan(tx, null, skills2025);
    await addAction(tx, actor, skills2026, {
      code: 'C3', title: { nl: 'Peer-learningnetwerk voor digitale coördinatoren', en: 'Peer-learning network for digital coordinators' }, responsible: 'socius',
      contributors: ['cultuurconnect', 'kunstenpunt'], status: 'planned', starts: '2026-09-01', ends: '2027-06-30',
      milestones: [
        { title: { nl: 'Kick-off van het netwerk', en: 'Network kick-off' }, due: '2027-01-31' },
      ],
    });

    // --- line 3: experiments (R3.1), only a draft multi-year plan so far -----------------------------
    const lab = await addLine(tx, actor, {
      code: 'demo-proeftuinen',
      title: demo({ nl: 'Proeftuinen en experimenteerruimte', en: 'Living labs and room to experiment' }),
      description: {
        nl: 'Voorbeeld van een actielijn bij aanbeveling 3.1: zaaifinanciering voor experiment, los van de investeringen in infrastructuur. Nog zonder jaarplan. Fictieve gegevens.',
        en: 'Example of an action line for recommendation 3.1: seed funding for experiments, separate from infrastructure investment. No annual plan yet. Fictitious data.',
      },
      owner: 'dcjm', recommendations: ['R3.1'], challenges: [5],
    });
    await addPlan(tx, lab, 'multi_year', 2026, 2028);
  },
};
