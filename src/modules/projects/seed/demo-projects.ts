import { sql, type Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import type { Tx as ProjectsTx } from '../db.js';
import { ORGANISATION_LESSONS, PROJECT_LESSONS, type DemoLesson } from './demo-lessons.js';
import { dayOffset, demoCall, demoOrganisations, demoPeople, demoProject, momentOffset, type OrgKey, type Person } from './demo-chain.js';

type Tx = Transaction<Database>;

async function insertLesson(tx: ProjectsTx, lesson: DemoLesson, refs: { project_id: number | null; organisation_id: number }, createdBy: number): Promise<void> {
  const { rows } = await sql<{ id: string | number }>`select nextval(pg_get_serial_sequence('lessons', 'id')) as id`.execute(tx);
  const id = Number(rows[0]!.id);
  const published = momentOffset(-lesson.publishedDaysAgo);
  await tx.insertInto('lessons').values({
    id, code: `L-${published.toISOString().slice(0, 4)}-${id}`, ...refs,
    title: lesson.title, summary: lesson.summary, what_worked: lesson.whatWorked, what_failed: lesson.whatFailed, details: lesson.details,
    publish_details: lesson.publishDetails, language: 'nl', outcome: lesson.outcome,
    pillars: lesson.pillars, challenges: lesson.challenges, dimension_codes: lesson.dimensions, subsectors: lesson.subsectors, technologies: lesson.technologies,
    published_at: published, created_by: createdBy, is_demo: true, created_at: momentOffset(-lesson.publishedDaysAgo - 10),
  }).execute();
}

/** Milestones relative to the project's start: [title, days after start, done days after start or null, note]. */
type MilestoneSpec = [string, number, number | null, string?];

async function milestones(tx: ProjectsTx, projectId: number, startDays: number, specs: MilestoneSpec[]): Promise<void> {
  // Nothing is reached in the future: a project granted recently has its milestones still ahead.
  await tx.insertInto('project_milestones').values(specs.map(([title, due, done, note], i) => ({
    project_id: projectId, position: i + 1, title, due_on: dayOffset(startDays + due),
    done_on: done === null || startDays + done > 0 ? null : dayOffset(startDays + done), note: note ?? '',
  }))).execute();
}

async function report(tx: ProjectsTx, projectId: number, by: number, kind: 'progress' | 'final', periodLabel: string, body: string, daysAgo: number): Promise<void> {
  await tx.insertInto('project_reports').values({ project_id: projectId, kind, period_label: periodLabel, body, submitted_by: by, submitted_at: momentOffset(-daysAgo) }).execute();
}

const GENERIC_MILESTONES: MilestoneSpec[] = [
  ['[demo] Startvergadering van het consortium', 14, 12],
  ['[demo] Datamodel en afspraken over standaarden vastgelegd', 90, 96],
  ['[demo] Eerste prototype getest met gebruikers', 150, null],
  ['[demo] Publieke presentatie van de resultaten', 330, null],
];

/**
 * Three demo projects with milestones and reports, two of them closed with their lessons
 * published (one lesson from a failure), and lessons from organisations' own experiments. Demo
 * projects the review module granted are used as they are (they stay open, so a newcomer can
 * report on them and close them); the set makes its own call and projects for the rest.
 */
export async function seedDemoProjects(database: Tx): Promise<void> {
  const tx = database as unknown as ProjectsTx;
  const people = await demoPeople(database);
  const orgs = await demoOrganisations(database, people);
  const granted = await tx.selectFrom('projects as p').innerJoin('applications as a', 'a.id', 'p.application_id')
    .select(['p.id', 'p.starts_on', 'a.created_by']).where('p.is_demo', '=', true).where('p.status', '=', 'active').orderBy('p.id').execute();
  const call = await demoCall(database);

  // Closed: ticketing data shared between venues (the failure) and AI transcription of oral history.
  const ticketing = await demoProject(database, call, orgs, people, {
    title: '[demo] Publieksdata delen tussen podiumhuizen', summary: 'Ticketingdata van drie huizen samenbrengen om gedeeld publiek te begrijpen.',
    lead: 'kaai', partners: ['cc', 'film'], granted: 62000, startDays: -330, endDays: -45,
  });
  const transcription = await demoProject(database, call, orgs, people, {
    title: '[demo] AI-transcriptie van mondelinge erfgoedcollecties', summary: 'Getuigenissen doorzoekbaar maken met spraakherkenning en vrijwilligers die nalezen.',
    lead: 'museum', partners: ['literature'], granted: 48500, startDays: -300, endDays: -25,
  });
  for (const [projectId, startDays, key, lead] of [[ticketing, -330, 'ticketing', 'karim'], [transcription, -300, 'transcription', 'joke']] as const) {
    await milestones(tx, projectId, startDays, [
      ['[demo] Startvergadering van het consortium', 14, 10],
      ['[demo] Gegevensinventaris en afspraken over privacy', 90, 110],
      ['[demo] Werkende koppeling of werkwijze getest', 180, key === 'ticketing' ? null : 175, key === 'ticketing' ? 'De automatische koppeling werd stopgezet: twee leveranciers boden geen bruikbare export (zie de leerles).' : undefined],
      ['[demo] Slotmoment met de sector', 270, 268],
    ]);
    await report(tx, projectId, people[lead as Person], 'progress', 'Eerste halfjaar', '[demo] Het consortium kwam maandelijks samen. De inventaris is klaar; de technische koppeling loopt vertraging op.', -startDays - 180);
    await report(tx, projectId, people[lead as Person], 'final', '', '[demo] Eindverslag: wat we deden, wat we bereikten en wat we anders zouden doen. De leerlessen staan in de kennisruimte.', 30);
    for (const lesson of PROJECT_LESSONS[key]) {
      await insertLesson(tx, lesson, { project_id: projectId, organisation_id: orgs[lesson.org as OrgKey] }, people[lead as Person]);
    }
    const closedAt = momentOffset(-PROJECT_LESSONS[key][0]!.publishedDaysAgo);
    await tx.updateTable('projects').set({ status: 'closed', closed_at: closedAt, closed_by: people.team, updated_at: closedAt, version: 2 }).where('id', '=', projectId).execute();
  }

  // Open: the review module's demo projects, or one of our own, with an overdue milestone.
  const open = granted.length ? granted.map((g) => ({ id: g.id, by: g.created_by, startDays: Math.round((new Date(g.starts_on).getTime() - Date.now()) / 86_400_000) })) : [{
    id: await demoProject(database, call, orgs, people, {
      title: '[demo] Linked data voor erfgoedcollecties met OSLO', summary: 'Vijf collecties beschreven volgens het OSLO-applicatieprofiel en als linked data gepubliceerd.',
      lead: 'leiestreek', partners: ['museum', 'cc'], granted: 74000, startDays: -200, endDays: 165,
    }),
    startDays: -200, by: people.lies,
  }];
  for (const project of open) {
    await milestones(tx, project.id, project.startDays, GENERIC_MILESTONES);
    await report(tx, project.id, project.by, 'progress', 'Eerste kwartalen', '[demo] Het datamodel staat op punt. Het testen met gebruikers schuift op: de leverancier van het collectiebeheersysteem levert de exportfunctie later dan beloofd.', Math.max(1, -project.startDays - 100));
  }

  for (const lesson of ORGANISATION_LESSONS) {
    await insertLesson(tx, lesson, { project_id: null, organisation_id: orgs[lesson.org as OrgKey] }, people.joke);
  }
}
