import { audit } from '../../../plugins/audit.js';
import { invalid, notFound, type FieldError } from '../../../plugins/errors.js';
import { RESERVED_SCENARIO_CODES } from '../constants.js';
import { codeTaken } from '../errors.js';
import type { CreateScenarioSetInput, SignalInput, UpdateScenarioInput, UpdateScenarioSetInput } from '../schemas.js';
import { checkVersion, type Tx } from './shared.js';

type SetFields = Omit<UpdateScenarioSetInput, 'version'>;

const setColumns = (input: SetFields) => ({
  title_nl: input.title.nl.trim(), title_en: input.title.en.trim(),
  question_nl: input.question?.nl?.trim() ?? '', question_en: input.question?.en?.trim() ?? '', horizon_year: input.horizonYear,
  axis1_nl: input.axis1.name.nl, axis1_en: input.axis1.name.en, axis1_low_nl: input.axis1.low.nl, axis1_low_en: input.axis1.low.en,
  axis1_high_nl: input.axis1.high.nl, axis1_high_en: input.axis1.high.en,
  axis2_nl: input.axis2.name.nl, axis2_en: input.axis2.name.en, axis2_low_nl: input.axis2.low.nl, axis2_low_en: input.axis2.low.en,
  axis2_high_nl: input.axis2.high.nl, axis2_high_en: input.axis2.high.en,
});

/** Two axes span four quadrants: the set is created with exactly one scenario in each. */
export async function createScenarioSet(tx: Tx, userId: number, input: CreateScenarioSetInput): Promise<string> {
  const errors: FieldError[] = [];
  const quadrants = new Set(input.scenarios.map((s) => `${s.pole1}/${s.pole2}`));
  if (quadrants.size !== 4) errors.push({ field: 'scenarios', message: 'needs one scenario in each of the four quadrants', code: 'quadrants' });
  const codes = [input.code, ...input.scenarios.map((s) => s.code)];
  input.scenarios.forEach((s, i) => {
    if ((RESERVED_SCENARIO_CODES as readonly string[]).includes(s.code)) errors.push({ field: `scenarios.${i}.code`, message: `${s.code} is the address of a page`, code: 'reserved' });
    if (codes.indexOf(s.code) !== i + 1) errors.push({ field: `scenarios.${i}.code`, message: 'is used twice in this set', code: 'duplicate' });
  });
  if (errors.length) throw invalid(errors);
  if (await tx.selectFrom('scenario_sets').select('id').where('code', '=', input.code).executeTakeFirst()) throw codeTaken('scenario set', input.code);
  const taken = await tx.selectFrom('scenarios').select('code').where('code', 'in', input.scenarios.map((s) => s.code)).executeTakeFirst();
  if (taken) throw codeTaken('scenario', taken.code);
  const { id } = await tx.insertInto('scenario_sets').values({ code: input.code, ...setColumns(input) }).returning('id').executeTakeFirstOrThrow();
  await tx.insertInto('scenarios').values(input.scenarios.map((s) => ({
    set_id: id, code: s.code, pole1: s.pole1, pole2: s.pole2, title_nl: s.title.nl.trim(), title_en: s.title.en.trim(),
  }))).execute();
  await audit(tx, { userId, entityType: 'scenario_set', entityId: input.code, action: 'create', after: input });
  return input.code;
}

export async function updateScenarioSet(tx: Tx, userId: number, code: string, input: UpdateScenarioSetInput): Promise<void> {
  const set = await tx.selectFrom('scenario_sets').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  if (!set) throw notFound('scenario set', code);
  checkVersion('scenario set', code, set.version, input.version);
  await tx.updateTable('scenario_sets').set({ ...setColumns(input), updated_at: new Date(), version: set.version + 1 }).where('id', '=', set.id).execute();
  await audit(tx, { userId, entityType: 'scenario_set', entityId: code, action: 'update', before: { version: set.version, title: { nl: set.title_nl, en: set.title_en } }, after: input });
}

export async function updateScenario(tx: Tx, userId: number, code: string, input: UpdateScenarioInput): Promise<void> {
  const s = await tx.selectFrom('scenarios').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  if (!s) throw notFound('scenario', code);
  checkVersion('scenario', code, s.version, input.version);
  await tx.updateTable('scenarios').set({
    title_nl: input.title.nl.trim(), title_en: input.title.en.trim(),
    narrative_nl: input.narrative?.nl?.trim() ?? '', narrative_en: input.narrative?.en?.trim() ?? '',
    watch_nl: input.watch?.nl?.trim() ?? '', watch_en: input.watch?.en?.trim() ?? '',
    implications_nl: input.implications?.nl?.trim() ?? '', implications_en: input.implications?.en?.trim() ?? '',
    updated_at: new Date(), version: s.version + 1,
  }).where('id', '=', s.id).execute();
  await audit(tx, {
    userId, entityType: 'scenario', entityId: code, action: 'update',
    before: { title: { nl: s.title_nl, en: s.title_en }, narrative: { nl: s.narrative_nl, en: s.narrative_en }, version: s.version }, after: input,
  });
}

export async function logSignal(tx: Tx, userId: number, input: SignalInput): Promise<number> {
  const scenario = await tx.selectFrom('scenarios').select('id').where('code', '=', input.scenario).executeTakeFirst();
  if (!scenario) throw invalid([{ field: 'scenario', message: `scenario ${input.scenario} does not exist`, code: 'reference' }]);
  const { id } = await tx.insertInto('scenario_signals').values({
    scenario_id: scenario.id, observed_on: input.observedOn, source: input.source.trim(), description: input.description.trim(), logged_by: userId,
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId, entityType: 'scenario_signal', entityId: id, action: 'create', after: input });
  return id;
}
