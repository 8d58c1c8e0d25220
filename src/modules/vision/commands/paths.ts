import { audit } from '../../../plugins/audit.js';
import { invalid, notFound, type FieldError } from '../../../plugins/errors.js';
import type { Horizon } from '../../../db/schema-vision.js';
import { HORIZONS } from '../constants.js';
import { codeTaken } from '../errors.js';
import type { CreatePathInput, LinkInput, UpdatePathInput } from '../schemas.js';
import { checkVersion, type Tx } from './shared.js';

type PathFields = Omit<CreatePathInput, 'code'>;

/** Every pillar and challenge must exist; one 400 names every wrong entry. */
async function checkFrame(tx: Tx, input: PathFields): Promise<void> {
  const errors: FieldError[] = [];
  const pillars = input.pillars ?? [];
  const challenges = input.challenges ?? [];
  if (pillars.length) {
    const known = new Set((await tx.selectFrom('pillars').select('number').where('number', 'in', pillars).execute()).map((r) => r.number));
    pillars.forEach((p, i) => { if (!known.has(p)) errors.push({ field: `pillars.${i}`, message: `pillar ${p} does not exist`, code: 'reference' }); });
  }
  if (challenges.length) {
    const known = new Set((await tx.selectFrom('challenges').select('number').where('number', 'in', challenges).execute()).map((r) => r.number));
    challenges.forEach((c, i) => { if (!known.has(c)) errors.push({ field: `challenges.${i}`, message: `challenge ${c} does not exist`, code: 'reference' }); });
  }
  if (errors.length) throw invalid(errors);
}

async function writeParts(tx: Tx, pathId: number, input: PathFields): Promise<void> {
  await tx.deleteFrom('path_horizons').where('path_id', '=', pathId).execute();
  await tx.deleteFrom('path_pillars').where('path_id', '=', pathId).execute();
  await tx.deleteFrom('path_challenges').where('path_id', '=', pathId).execute();
  await tx.insertInto('path_horizons').values(HORIZONS.map((year) => ({
    path_id: pathId, year, goal_nl: input.horizons[String(year) as `${Horizon}`].nl.trim(), goal_en: input.horizons[String(year) as `${Horizon}`].en.trim(),
  }))).execute();
  if (input.pillars?.length) await tx.insertInto('path_pillars').values(input.pillars.map((pillar) => ({ path_id: pathId, pillar }))).execute();
  if (input.challenges?.length) await tx.insertInto('path_challenges').values(input.challenges.map((challenge) => ({ path_id: pathId, challenge }))).execute();
}

export async function createPath(tx: Tx, userId: number, input: CreatePathInput): Promise<string> {
  await checkFrame(tx, input);
  if (await tx.selectFrom('transition_paths').select('id').where('code', '=', input.code).executeTakeFirst()) throw codeTaken('path', input.code);
  const { id } = await tx.insertInto('transition_paths').values({
    code: input.code, title_nl: input.title.nl.trim(), title_en: input.title.en.trim(),
    summary_nl: input.summary?.nl?.trim() ?? '', summary_en: input.summary?.en?.trim() ?? '', position: input.position ?? 0,
  }).returning('id').executeTakeFirstOrThrow();
  await writeParts(tx, id, input);
  await audit(tx, { userId, entityType: 'transition_path', entityId: input.code, action: 'create', after: input });
  return input.code;
}

export async function updatePath(tx: Tx, userId: number, code: string, input: UpdatePathInput): Promise<void> {
  const path = await tx.selectFrom('transition_paths').selectAll().where('code', '=', code).forUpdate().executeTakeFirst();
  if (!path) throw notFound('path', code);
  checkVersion('path', code, path.version, input.version);
  await checkFrame(tx, input);
  await tx.updateTable('transition_paths').set({
    title_nl: input.title.nl.trim(), title_en: input.title.en.trim(), summary_nl: input.summary?.nl?.trim() ?? '', summary_en: input.summary?.en?.trim() ?? '',
    position: input.position ?? path.position, updated_at: new Date(), version: path.version + 1,
  }).where('id', '=', path.id).execute();
  await writeParts(tx, path.id, input);
  await audit(tx, { userId, entityType: 'transition_path', entityId: code, action: 'update', before: { title: { nl: path.title_nl, en: path.title_en }, version: path.version }, after: input });
}

async function pathAndLine(tx: Tx, code: string, lineCode: string) {
  const path = await tx.selectFrom('transition_paths').select(['id', 'version']).where('code', '=', code).forUpdate().executeTakeFirst();
  if (!path) throw notFound('path', code);
  const line = await tx.selectFrom('action_lines').select(['id', 'retired_at']).where('code', '=', lineCode).executeTakeFirst();
  return { path, line };
}

/** Ties an action line to the path (or moves it to another horizon); the path page shows it under that horizon. */
export async function linkActionLine(tx: Tx, userId: number, code: string, lineCode: string, input: LinkInput): Promise<void> {
  const { path, line } = await pathAndLine(tx, code, lineCode);
  if (!line || line.retired_at) throw invalid([{ field: 'line', message: `action line ${lineCode} does not exist`, code: 'reference' }]);
  const horizon = input.horizon as Horizon;
  const existing = await tx.selectFrom('path_action_lines').select('horizon').where('path_id', '=', path.id).where('action_line_id', '=', line.id).executeTakeFirst();
  if (existing) await tx.updateTable('path_action_lines').set({ horizon }).where('path_id', '=', path.id).where('action_line_id', '=', line.id).execute();
  else await tx.insertInto('path_action_lines').values({ path_id: path.id, action_line_id: line.id, horizon }).execute();
  await audit(tx, {
    userId, entityType: 'path_action_line', entityId: `${code}/${lineCode}`, action: existing ? 'update' : 'create',
    ...(existing ? { before: { horizon: existing.horizon } } : {}), after: { horizon },
  });
}

export async function unlinkActionLine(tx: Tx, userId: number, code: string, lineCode: string): Promise<void> {
  const { path, line } = await pathAndLine(tx, code, lineCode);
  const existing = line
    ? await tx.selectFrom('path_action_lines').select('horizon').where('path_id', '=', path.id).where('action_line_id', '=', line.id).executeTakeFirst()
    : undefined;
  if (!line || !existing) throw notFound('link to action line', `${code}/${lineCode}`);
  await tx.deleteFrom('path_action_lines').where('path_id', '=', path.id).where('action_line_id', '=', line.id).execute();
  await audit(tx, { userId, entityType: 'path_action_line', entityId: `${code}/${lineCode}`, action: 'delete', before: { horizon: existing.horizon } });
}
