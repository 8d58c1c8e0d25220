import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { DIMENSION_CODES } from './model.js';
import { MODEL_V1 } from './seed/model-v1.js';

const filled = (t: { nl: string; en: string }) => t.nl.trim().length > 0 && t.en.trim().length > 0;

describe('the seed model as written', () => {
  it('has the six dimensions of the study, each citing its study section', () => {
    expect(MODEL_V1.dimensions.map((d) => d.code)).toEqual([...DIMENSION_CODES]);
    for (const d of MODEL_V1.dimensions) expect(d.source).toMatch(/Deel [123], \d/);
  });

  it('writes two or three steps toward every level of every dimension, in both languages', () => {
    for (const d of MODEL_V1.dimensions) {
      expect(d.meanings).toHaveLength(5);
      for (const m of d.meanings) expect(filled(m)).toBe(true);
      for (const steps of d.steps) {
        expect(steps.length).toBeGreaterThanOrEqual(2);
        expect(steps.length).toBeLessThanOrEqual(3);
        for (const s of steps) expect(filled(s)).toBe(true);
      }
    }
  });

  it('explains the rule of every critical item in its help text', () => {
    const critical = MODEL_V1.dimensions.flatMap((d) => d.questions.filter((q) => q.criticalFrom).map((q) => ({ d, q })));
    for (const { d, q } of critical) {
      expect(q.help.nl).toContain(`niveau ${q.criticalFrom}`);
      expect(q.help.nl).toContain(d.name.nl);
      expect(q.help.en).toContain(`level ${q.criticalFrom}`);
      expect(q.help.en).toContain(d.name.en);
    }
  });
});

describe.each(engines)('the seeded model on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ engine, demo: false }); });
  afterAll(async () => { await t?.close(); });

  it('is version 1, published, and the current model', async () => {
    const m = json(await t.app.inject('/api/maturity/model'));
    expect(m.version).toBe(1);
    expect(m.status).toBe('published');
    expect(m.publishedAt).not.toBeNull();
    const list = json(await t.app.inject('/api/maturity/models'));
    expect(list.map((v: { version: number; status: string }) => [v.version, v.status])).toEqual([[1, 'published']]);
  });

  it('is complete: six dimensions, about 45 questions, a quick scan of about 10 with one per dimension, both languages', async () => {
    const m = json(await t.app.inject('/api/maturity/models/1'));
    expect(m.dimensions.map((d: { code: string }) => d.code)).toEqual([...DIMENSION_CODES]);
    expect(m.levels.map((l: { level: number }) => l.level)).toEqual([0, 1, 2, 3, 4, 5]);
    for (const l of m.levels) { expect(filled(l.name)).toBe(true); expect(filled(l.description)).toBe(true); }
    const questions = m.dimensions.flatMap((d: any) => d.questions);
    expect(questions.length).toBeGreaterThanOrEqual(42);
    expect(questions.length).toBeLessThanOrEqual(48);
    const quick = questions.filter((q: any) => q.quickScan);
    expect(quick.length).toBeGreaterThanOrEqual(9);
    expect(quick.length).toBeLessThanOrEqual(11);
    for (const d of m.dimensions) {
      expect(filled(d.name)).toBe(true);
      expect(filled(d.description)).toBe(true);
      expect(d.questions.length).toBeGreaterThanOrEqual(7);
      expect(d.questions.some((q: any) => q.quickScan), d.code).toBe(true);
      expect(d.meanings.map((x: any) => x.level)).toEqual([1, 2, 3, 4, 5]);
      for (const level of [1, 2, 3, 4, 5]) expect(d.steps.filter((s: any) => s.level === level).length, `${d.code} ${level}`).toBeGreaterThanOrEqual(2);
    }
    for (const q of questions) {
      expect(filled(q.text), q.code).toBe(true);
      expect(filled(q.help), q.code).toBe(true);
    }
    expect(new Set(questions.map((q: any) => q.code)).size).toBe(questions.length);
  });

  it('marks backups, privacy and rights as critical items that cannot be skipped as not applicable', async () => {
    const m = json(await t.app.inject('/api/maturity/models/1'));
    const questions = m.dimensions.flatMap((d: any) => d.questions);
    const critical = Object.fromEntries(questions.filter((q: any) => q.criticalFrom !== null).map((q: any) => [q.code, q]));
    expect(Object.keys(critical).sort()).toEqual(['data-privacy', 'infrastructure-backup', 'infrastructure-rights']);
    expect(critical['infrastructure-backup'].dimension).toBe('infrastructure');
    expect(critical['infrastructure-backup'].criticalFrom).toBe(3);
    for (const q of Object.values(critical) as any[]) expect(q.allowsNotApplicable).toBe(false);
  });
});
