import type { FieldError } from '../../plugins/errors.js';
import { LEVELS, type MaturityModel, type Texts } from './model.js';

/** One reason a draft cannot be published yet; `code` and `params` give the readable message. */
export interface PublishProblem { field: string; code: string; params: Record<string, string | number>; message: string }

const both = (t: Texts | undefined) => Boolean(t && t.nl.trim() && t.en.trim());
const MIN_QUESTIONS = 2;

/**
 * What publishing asks of a draft: the whole scale described, every dimension complete in both
 * languages with at least two questions (one of them in the quick scan), and every dimension of
 * the version it replaces accounted for (same code, or a recorded mapping).
 */
export function publishProblems(model: MaturityModel, previous: { version: number; codes: string[] } | null, mappedFrom: string[]): PublishProblem[] {
  const problems: PublishProblem[] = [];
  const add = (field: string, code: string, params: Record<string, string | number>, message: string) => problems.push({ field, code, params, message });
  for (const level of LEVELS) {
    const l = model.levels.find((x) => x.level === level);
    if (!l || !both(l.name) || !both(l.description)) add(`levels.${level}`, 'level', { level }, `level ${level} needs a name and a description in Dutch and English`);
  }
  if (!model.dimensions.length) add('dimensions', 'noDimensions', {}, 'the model has no dimensions');
  for (const d of model.dimensions) {
    const name = d.name.nl || d.name.en || d.code;
    if (!both(d.name) || !both(d.description)) add(`dimensions.${d.code}`, 'dimensionTexts', { dimension: name }, `dimension ${d.code} needs a name and a description in Dutch and English`);
    for (const level of LEVELS.filter((x) => x > 0)) {
      if (!both(d.meanings[level])) add(`dimensions.${d.code}.meanings.${level}`, 'meaning', { dimension: name, level }, `dimension ${d.code}: what level ${level} means is missing in Dutch or English`);
      const steps = d.steps[level] ?? [];
      if (!steps.length) add(`dimensions.${d.code}.steps.${level}`, 'steps', { dimension: name, level }, `dimension ${d.code}: no improvement step toward level ${level}`);
      else if (!steps.every((s) => both(s.text))) add(`dimensions.${d.code}.steps.${level}`, 'stepTexts', { dimension: name, level }, `dimension ${d.code}: a step toward level ${level} lacks Dutch or English`);
    }
    if (d.questions.length < MIN_QUESTIONS) add(`dimensions.${d.code}.questions`, 'fewQuestions', { dimension: name, count: d.questions.length, min: MIN_QUESTIONS }, `dimension ${d.code} has ${d.questions.length} question(s); at least ${MIN_QUESTIONS} are needed`);
    if (!d.questions.some((q) => q.quickScan)) add(`dimensions.${d.code}.quickScan`, 'noQuickScan', { dimension: name }, `dimension ${d.code} has no quick-scan question`);
    for (const q of d.questions) {
      if (!both(q.text)) add(`questions.${q.code}.text`, 'questionText', { question: q.code }, `question ${q.code} needs its text in Dutch and English`);
      if (Boolean(q.help.nl.trim()) !== Boolean(q.help.en.trim())) add(`questions.${q.code}.help`, 'questionHelp', { question: q.code }, `question ${q.code} has help text in one language only`);
    }
  }
  if (previous) {
    const codes = new Set(model.dimensions.map((d) => d.code));
    for (const code of previous.codes) {
      if (!codes.has(code) && !mappedFrom.includes(code)) {
        add(`mappings.${code}`, 'unmapped', { dimension: code, version: previous.version },
          `dimension ${code} of version ${previous.version} has no dimension with the same code and no mapping: record where it went`);
      }
    }
  }
  return problems;
}

export const asFieldErrors = (problems: PublishProblem[]): FieldError[] => problems.map((p) => ({ field: p.field, message: p.message, code: `publish.${p.code}` }));
