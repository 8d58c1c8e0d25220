import type { Database } from '../../db/schema.js';
import { invalid, type FieldError } from '../../plugins/errors.js';
import { currentModelId } from '../maturity/index.js';
import type { Kysely } from 'kysely';
import { NOTHING_FAILED } from './constants.js';
import type { Reader } from './db.js';
import { onlySuccess } from './errors.js';
import type { LessonFields } from './schemas.js';

const NOTHING = new Set(NOTHING_FAILED);

/** True when "what failed" says, in effect, that nothing failed. */
export function celebratesOnly(whatFailed: string): boolean {
  const text = whatFailed.trim().toLowerCase().replace(/[.!\s]+$/, '').replace(/\s+/g, ' ');
  return text.length === 0 || NOTHING.has(text) || NOTHING.has(`${text}.`);
}

/** Both halves of a lesson are there: the closure rule and the lesson forms use this one test. */
export function isCompleteLesson(l: { what_worked: string; what_failed: string }): boolean {
  return l.what_worked.trim().length > 0 && !celebratesOnly(l.what_failed);
}

/** Trimmed texts and tags as stored; technologies deduplicated without regard to case. */
export function normaliseLesson(input: LessonFields) {
  const seen = new Set<string>();
  const technologies = (input.technologies ?? []).map((t) => t.trim().replace(/\s+/g, ' ')).filter((t) => {
    const key = t.toLowerCase();
    if (!t || seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  return {
    title: input.title.trim(), summary: input.summary.trim(), what_worked: input.whatWorked.trim(), what_failed: input.whatFailed.trim(),
    details: input.details?.trim() ?? '', publish_details: input.publishDetails ?? false, language: input.language ?? 'nl' as const,
    outcome: input.outcome ?? 'mixed' as const,
    pillars: [...new Set(input.pillars ?? [])].sort((a, b) => a - b), challenges: [...new Set(input.challenges ?? [])].sort((a, b) => a - b),
    dimension_codes: [...new Set(input.dimensions ?? [])], subsectors: [...new Set(input.subsectors ?? [])], technologies,
  };
}
export type LessonValues = ReturnType<typeof normaliseLesson>;

/**
 * Every tag must exist: challenges and subsectors in the frame, dimensions in the current maturity
 * model. One 400 names every wrong entry; a lesson that says nothing failed is a 422 on whatFailed.
 */
export async function checkLesson(db: Reader, values: LessonValues): Promise<void> {
  const errors: FieldError[] = [];
  for (const [field, value] of [['title', values.title], ['summary', values.summary], ['whatWorked', values.what_worked], ['whatFailed', values.what_failed]] as const) {
    if (!value) errors.push({ field: `body.${field}`, message: 'is required', code: 'required' });
  }
  if (values.challenges.length) {
    const known = new Set((await db.selectFrom('challenges').select('number').where('number', 'in', values.challenges).execute()).map((r) => r.number));
    values.challenges.forEach((c, i) => { if (!known.has(c)) errors.push({ field: `body.challenges.${i}`, message: `challenge ${c} does not exist`, code: 'reference' }); });
  }
  if (values.subsectors.length) {
    const known = new Set((await db.selectFrom('subsectors').select('code').where('code', 'in', values.subsectors).execute()).map((r) => r.code));
    values.subsectors.forEach((s, i) => { if (!known.has(s)) errors.push({ field: `body.subsectors.${i}`, message: `subsector ${s} does not exist`, code: 'reference' }); });
  }
  if (values.dimension_codes.length) {
    const known = new Set(await currentDimensions(db));
    values.dimension_codes.forEach((d, i) => { if (!known.has(d)) errors.push({ field: `body.dimensions.${i}`, message: `dimension ${d} is not in the current maturity model`, code: 'reference' }); });
  }
  if (errors.length) throw invalid(errors);
  if (celebratesOnly(values.what_failed)) throw onlySuccess();
}

/** Dimension codes of the maturity model new assessments use. */
export async function currentDimensions(db: Reader): Promise<string[]> {
  return (await currentDimensionNames(db)).map((d) => d.code);
}

/** The current model's dimensions with their names, in the model's order. */
export async function currentDimensionNames(db: Reader): Promise<Array<{ code: string; name: { nl: string; en: string } }>> {
  const modelId = await currentModelId(db as unknown as Kysely<Database>);
  if (modelId === undefined) return [];
  const rows = await db.selectFrom('maturity_dimensions').select(['code', 'name_nl', 'name_en']).where('model_id', '=', modelId).orderBy('position').execute();
  return rows.map((r) => ({ code: r.code, name: { nl: r.name_nl, en: r.name_en } }));
}
