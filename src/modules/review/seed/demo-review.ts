import { randomBytes } from 'node:crypto';
import type { Transaction } from 'kysely';
import type { Database } from '../../../db/schema.js';
import { brusselsDate } from '../../../web/dates.js';
import type { FormField } from '../../calls/form-fields.js';
import { defaultEnd } from '../commands/decide.js';
import { draftLetter } from '../letter.js';
import { callRecord } from '../queries.js';
import { stepsOrDefault, type WorkflowStep } from '../workflow.js';
import { flattenConformity } from '../../calls/commands/submit.js';
import type { FormAnswers } from '../../calls/form-fields.js';

type Tx = Transaction<Database>;
const DAY = 86400_000;

const REVIEWERS = [
  { email: 'demo-beoordelaar-1@demo.transitieruimte.local', name: '[demo] An Beoordelaar' },
  { email: 'demo-beoordelaar-2@demo.transitieruimte.local', name: '[demo] Bram Beoordelaar' },
  { email: 'demo-beoordelaar-3@demo.transitieruimte.local', name: '[demo] Chris Beoordelaar' },
];

/** Six consortium projects; `fate` is how far each gets in the demo. */
const APPLICATIONS = [
  { title: '[demo] Open collecties in de klas', requested: 15000, base: 8, fate: 'granted' },
  { title: '[demo] Circus in 3D: een digitaal archief van voorstellingen', requested: 12000, base: 7, fate: 'decision' },
  { title: '[demo] Linked data voor lokale erfgoedcellen', requested: 14500, base: 7, fate: 'decision' },
  { title: '[demo] Luisterboeken maken met de buurt', requested: 9000, base: 6, fate: 'decision' },
  { title: '[demo] Publieksdata delen tussen cultuurcentra', requested: 15000, base: 4, fate: 'refused' },
  { title: '[demo] Virtuele tentoonstelling zonder conformiteitsannex', requested: 10000, base: 0, fate: 'ineligible' },
] as const;

const MOTIVATIONS = [
  '[demo] Duidelijk experiment met ruimte om te falen; de lessen worden gedeeld.',
  '[demo] Gebruikers zijn betrokken, maar pas in de tweede fase.',
  '[demo] Sterk consortium over deelsectoren heen.',
  '[demo] Het impactpad is aannemelijk; de indicatoren kunnen scherper.',
  '[demo] Gebruikt OSLO en levert aan meemoo; bewaring is goed geregeld.',
];

function answerFor(field: FormField, i: number, requested: number): string | number | boolean | string[] | null {
  if (field.key === 'budget_requested') return requested;
  switch (field.type) {
    case 'money': case 'number': return Math.max(field.min ?? 1, Math.min(field.max ?? 12, 12));
    case 'boolean': return true;
    case 'choice': return field.options?.[i % field.options.length]?.value ?? null;
    case 'multi_choice': return field.options?.slice(0, 2).map((o) => o.value) ?? [];
    case 'url': return `https://example.org/demo-${i + 1}`;
    case 'date': return brusselsDate(new Date(Date.now() + 60 * DAY));
    default: return `[demo] ${field.label_nl}: antwoord van het consortium ${i + 1}.`;
  }
}

async function step(tx: Tx, applicationId: number, s: WorkflowStep, outcome: 'passed' | 'failed' | 'noted', note: string, by: number, at: Date) {
  await tx.insertInto('application_steps').values({ application_id: applicationId, step_code: s.code, outcome, note, acted_by: by, acted_at: at }).execute();
}

/**
 * On the closed demo call of the calls module: six applications from demo organisations, three
 * demo reviewers (who cannot log in), one declared conflict of interest, scores and so a ranking,
 * one grant (with its demo project), one refusal and one application found ineligible.
 */
export async function seedDemoReview(tx: Tx): Promise<void> {
  const target = await tx.selectFrom('calls').select('id').where('code', 'like', 'demo-%').where('is_demo', '=', true)
    .where('status', '=', 'published').where('closes_at', '<', new Date()).orderBy('closes_at').executeTakeFirst();
  const team = await tx.selectFrom('users').select('id').where('role', 'in', ['admin', 'transition_team']).orderBy('id').executeTakeFirst();
  const orgs = await tx.selectFrom('organisations').select(['id', 'name', 'subsector']).where('is_demo', '=', true).orderBy('id').limit(40).execute();
  if (!target || orgs.length < 12) return;
  const call = await callRecord(tx, { id: target.id });
  const steps = stepsOrDefault(call.steps);
  const forms = await tx.selectFrom('calls as c').innerJoin('form_definitions as f', 'f.id', 'c.application_form_id').innerJoin('form_definitions as x', 'x.id', 'c.annex_form_id')
    .select(['f.id as formId', 'f.fields as fields', 'x.id as annexId', 'x.fields as annexFields']).where('c.id', '=', call.id).executeTakeFirstOrThrow();
  const parse = (v: unknown) => (typeof v === 'string' ? JSON.parse(v) : v) as FormField[];
  const fields = parse(forms.fields), annexFields = parse(forms.annexFields);

  const reviewers: number[] = [];
  for (const r of REVIEWERS) {
    // A random hash in no known scheme: nobody can log in with these accounts.
    const { id } = await tx.insertInto('users').values({ email: r.email, display_name: r.name, password_hash: `demo-no-login$${randomBytes(16).toString('hex')}`, role: 'org_member', created_at: new Date(), updated_at: new Date() })
      .returning('id').executeTakeFirstOrThrow();
    reviewers.push(id);
  }
  const teamId = team?.id ?? reviewers[0]!;
  await tx.insertInto('call_reviewers').values(reviewers.map((user_id) => ({ call_id: call.id, user_id, assigned_by: teamId }))).execute();

  // Consortia of two organisations from different subsectors where the demo sector allows it.
  const pool = [...orgs];
  const closed = new Date(call.closesAt).getTime();
  for (const [i, a] of APPLICATIONS.entries()) {
    const lead = pool.shift()!;
    const partnerIndex = Math.max(0, pool.findIndex((o) => o.subsector !== lead.subsector));
    const partner = pool.splice(partnerIndex, 1)[0]!;
    const submittedAt = new Date(closed - (i + 2) * DAY);
    const annexAnswers = Object.fromEntries(annexFields.map((f) => [f.key, answerFor(f, i, a.requested)]));
    const { id } = await tx.insertInto('applications').values({
      call_id: call.id, lead_organisation_id: lead.id, title: a.title, summary: `[demo] ${lead.name} en ${partner.name} werken samen aan een digitaal experiment.`,
      form_id: forms.formId, annex_form_id: forms.annexId,
      answers: JSON.stringify(Object.fromEntries(fields.map((f) => [f.key, answerFor(f, i, a.requested)]))),
      annex_answers: JSON.stringify(annexAnswers),
      requested_eur: a.requested, status: 'submitted', current_step: steps[0]!.code, submitted_at: submittedAt, submitted_by: teamId, created_by: teamId, is_demo: true,
    }).returning('id').executeTakeFirstOrThrow();
    // As a submission does: the conformity answers in rows, so that the conformity report counts them.
    const conformity = flattenConformity(annexFields, annexAnswers as FormAnswers);
    if (conformity.length) await tx.insertInto('conformity_answers').values(conformity.map((r) => ({ application_id: id, ...r }))).execute();
    await tx.insertInto('application_partners').values([
      { application_id: id, organisation_id: lead.id, role: 'lead', contribution: '[demo] Trekt het project en beheert de data.' },
      { application_id: id, organisation_id: partner.id, role: 'partner', contribution: '[demo] Brengt het publiek en test mee.' },
    ]).execute();
    await tx.insertInto('application_pathway').values((['inputs', 'activities', 'outputs', 'outcomes', 'impact'] as const).map((stage) => ({
      application_id: id, stage, description: `[demo] ${stage} van het project`, indicators: JSON.stringify([{ name: `[demo] indicator ${stage}`, target: '10' }]),
    }))).execute();
    await walk(tx, { id, i, fate: a.fate, base: a.base, requested: a.requested, title: a.title, lead: lead.name, submittedAt }, call, steps, reviewers, teamId);
  }
}

async function walk(tx: Tx, a: { id: number; i: number; fate: string; base: number; requested: number; title: string; lead: string; submittedAt: Date },
  call: Awaited<ReturnType<typeof callRecord>>, steps: readonly WorkflowStep[], reviewers: number[], teamId: number): Promise<void> {
  let at = new Date(a.submittedAt.getTime() + 3 * DAY);
  let current: WorkflowStep | undefined = steps[0];
  let status: 'submitted' | 'in_review' | 'ineligible' | 'granted' | 'refused' = 'submitted';
  const scores: Array<{ reviewer_id: number; criterion_code: string; score: number; motivation: string }> = [];
  while (current) {
    at = new Date(at.getTime() + DAY);
    if (current.kind === 'eligibility') {
      if (a.fate === 'ineligible') { await step(tx, a.id, current, 'failed', '[demo] De conformiteitsannex ontbreekt.', teamId, at); status = 'ineligible'; break; }
      await step(tx, a.id, current, 'passed', '', teamId, at);
    } else if (current.kind === 'review') {
      for (const [r, reviewer] of reviewers.entries()) {
        // The third reviewer knows the second consortium: a declared conflict of interest.
        const conflicted = r === 2 && a.i === 1;
        await tx.insertInto('reviews').values({ application_id: a.id, reviewer_id: reviewer, conflicted, conflict_note: conflicted ? '[demo] Werkte vorig jaar voor de trekker.' : '', declared_at: at, submitted_at: conflicted ? null : at }).execute();
        if (conflicted) continue;
        const rows = call.criteria.map((c, k) => ({ application_id: a.id, reviewer_id: reviewer, criterion_code: c.code, score: Math.max(0, Math.min(10, a.base + ((r + k + a.i) % 3) - 1)), motivation: MOTIVATIONS[k % MOTIVATIONS.length]!, scored_at: at }));
        await tx.insertInto('review_scores').values(rows).execute();
        scores.push(...rows);
      }
      await step(tx, a.id, current, 'passed', '', reviewers[0]!, at);
    } else if (current.kind === 'decision') {
      if (a.fate !== 'granted' && a.fate !== 'refused') break;
      const outcome = a.fate;
      const amount = outcome === 'granted' ? Math.min(a.requested, call.maxGrant ?? a.requested) : null;
      const per = new Map<string, { sum: number; count: number }>();
      for (const s of scores) { const g = per.get(s.criterion_code) ?? { sum: 0, count: 0 }; per.set(s.criterion_code, { sum: g.sum + s.score, count: g.count + 1 }); }
      const weights = call.criteria.reduce((s, c) => s + c.weight, 0);
      const ws = call.criteria.reduce((s, c) => s + c.weight * ((per.get(c.code)?.sum ?? 0) / (per.get(c.code)?.count || 1)), 0) / weights;
      const facts = { organisation: a.lead, applicationTitle: a.title, callTitle: call.title, isDemo: true, outcome, amount, weightedScore: Math.round(ws * 100) / 100, reviews: new Set(scores.map((s) => s.reviewer_id)).size, criteria: call.criteria, scores } as const;
      await tx.insertInto('grant_decisions').values({ application_id: a.id, outcome, amount_eur: amount, letter_nl: draftLetter(facts, 'nl'), letter_en: draftLetter(facts, 'en'), decided_by: teamId, decided_at: at }).execute();
      await step(tx, a.id, current, 'passed', '', teamId, at);
      status = outcome;
      if (outcome === 'granted') {
        const startsOn = brusselsDate(at);
        await tx.insertInto('projects').values({
          code: `P-${startsOn.slice(0, 4)}-${a.id}`, application_id: a.id, call_id: call.id, lead_organisation_id: (await tx.selectFrom('applications').select('lead_organisation_id').where('id', '=', a.id).executeTakeFirstOrThrow()).lead_organisation_id,
          title: a.title, granted_eur: amount!, starts_on: startsOn, ends_on: defaultEnd(startsOn), is_demo: true,
        }).execute();
      }
      break;
    } else {
      await step(tx, a.id, current, 'noted', '[demo] Het panel bespreekt de rangschikking.', teamId, at);
    }
    status = 'in_review';
    const next: WorkflowStep | undefined = steps[steps.indexOf(current) + 1];
    if (!next) break;
    current = next;
  }
  await tx.updateTable('applications').set({ status, current_step: current?.code ?? null, updated_at: at }).where('id', '=', a.id).execute();
}
