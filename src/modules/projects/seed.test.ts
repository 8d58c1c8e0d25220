import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, json, testApp, type TestApp } from '../../../test/helpers/app.js';
import { pdb } from './db.js';
import { listPublishedLessons } from './index.js';
import { isCompleteLesson } from './lesson-rules.js';

describe.each(engines)('demo projects and lessons on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ engine, demo: true }); });
  afterAll(async () => { await t?.close(); });

  it('has three demo projects with milestones and a progress report each, two closed by the rule', async () => {
    const db = pdb(t.database.db);
    const projects = await db.selectFrom('projects').selectAll().where('is_demo', '=', true).execute();
    expect(projects.length).toBeGreaterThanOrEqual(3);
    for (const p of projects) {
      expect(p.title).toContain('[demo]');
      expect(await db.selectFrom('project_milestones').select('id').where('project_id', '=', p.id).execute()).not.toHaveLength(0);
      const reports = await db.selectFrom('project_reports').select('kind').where('project_id', '=', p.id).execute();
      expect(reports.map((r) => r.kind)).toContain('progress');
      if (p.status === 'closed') {
        expect(reports.map((r) => r.kind)).toContain('final');
        const lessons = await db.selectFrom('lessons').selectAll().where('project_id', '=', p.id).execute();
        expect(lessons.some(isCompleteLesson)).toBe(true);
        expect(lessons.every((l) => l.published_at !== null)).toBe(true);
        const open = await db.selectFrom('project_milestones').select(['note']).where('project_id', '=', p.id).where('done_on', 'is', null).execute();
        expect(open.every((m) => m.note.trim().length > 0)).toBe(true);
      }
    }
    expect(projects.filter((p) => p.status === 'closed')).toHaveLength(2);
    const overdue = json(await t.app.inject('/api/projects?status=active')).items;
    expect(overdue.length).toBeGreaterThanOrEqual(1);
  });

  it('gives the call the demo projects come from the criteria and steps every call has', async () => {
    const call = json(await t.app.inject('/api/calls/demo-proeftuinen-digitale-samenwerking'));
    expect(call.criteria.map((c: { code: string }) => c.code)).toEqual(['innovation', 'user_centred', 'cross_sector', 'impact_pathway', 'conformity']);
    expect(call.workflow.map((s: { code: string }) => s.code)).toEqual(['eligibility', 'review', 'panel', 'decision']);
  });

  it('publishes 4-6 project lessons (one from a failure) and 6-10 lessons from own experiments, all labelled demo', async () => {
    const { items } = await listPublishedLessons(t.database.db, {});
    const demo = items.filter((l) => l.isDemo);
    const fromProjects = demo.filter((l) => l.source === 'project');
    const own = demo.filter((l) => l.source === 'organisation');
    expect(fromProjects.length).toBeGreaterThanOrEqual(4);
    expect(fromProjects.length).toBeLessThanOrEqual(6);
    expect(own.length).toBeGreaterThanOrEqual(6);
    expect(own.length).toBeLessThanOrEqual(10);
    expect(demo.every((l) => l.title.startsWith('[demo]'))).toBe(true);
    const failure = fromProjects.find((l) => l.outcome === 'failure');
    expect(failure?.whatFailed.length).toBeGreaterThan(300);
    expect(new Set(demo.flatMap((l) => l.pillars)).size).toBeGreaterThanOrEqual(3);
    expect(new Set(demo.flatMap((l) => l.dimensions)).size).toBeGreaterThanOrEqual(4);
    expect(demo.some((l) => l.details === null)).toBe(true);
  });

  it('shows the demo label on the pages', async () => {
    const list = (await t.app.inject('/projects')).body;
    expect(list).toContain('[demo] Publieksdata delen tussen podiumhuizen');
    expect(list).toContain('badge-demo');
    const lessons = (await t.app.inject('/lessons?outcome=failure')).body;
    expect(lessons).toContain('[demo]');
    expect(lessons).toContain('badge-demo');
  });
});
