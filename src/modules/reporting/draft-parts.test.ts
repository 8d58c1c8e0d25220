import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../test/helpers/app.js';
import { h, Html } from '../../web/jsx.js';
import { DraftParts, draftSection, PLAN_DEPENDS } from './draft-parts.js';

void h;

describe.each(engines)('a draft report\'s kept plan parts on %s', (engine) => {
  let t: TestApp;
  beforeAll(async () => { t = await testApp({ engine }); });
  afterAll(async () => { await t?.close(); });

  it('keeps the plan parts through KPI changes and reads them again after a change to any area they come from', async () => {
    const catalog = t.app.readModels.catalog;
    const parts = new DraftParts(t.database.db, catalog);
    const first = parts.get(2025);
    // Readers at the same time share one reading.
    expect(parts.get(2025)).toBe(first);
    expect((await first).parts.actionLines).toBeInstanceOf(Array);
    catalog.touch('monitoring');
    expect(parts.get(2025)).toBe(first);
    let before = first;
    for (const area of PLAN_DEPENDS) {
      catalog.touch(area);
      const after = parts.get(2025);
      expect(after, area).not.toBe(before);
      await after;
      before = after;
    }
    // Each year is kept apart.
    expect(parts.get(2024)).not.toBe(before);
  });

  it('reads the plan parts from the database as they are now, and does not keep a failed read', async () => {
    const db = t.database.db;
    const catalog = t.app.readModels.catalog;
    const actor = await db.selectFrom('actors').select('id').limit(1).executeTakeFirstOrThrow();
    const line = await db.insertInto('action_lines').values({ code: 'DP-AL', title_nl: 'Deellijn', title_en: 'Parts line', owner_actor_id: actor.id }).returning('id').executeTakeFirstOrThrow();
    const plan = await db.insertInto('plans').values({ action_line_id: line.id, kind: 'annual', year_from: 2031, year_to: 2031 }).returning('id').executeTakeFirstOrThrow();
    await db.insertInto('actions').values({ plan_id: plan.id, code: 'DP-1', title_nl: 'Deelactie', title_en: 'Parts action', status: 'running' }).execute();
    const parts = new DraftParts(db, catalog);
    expect((await parts.get(2031)).parts.actionLines.map((l) => l.code)).toContain('DP-AL');
    await db.updateTable('action_lines').set({ title_nl: 'Deellijn hernoemd' }).where('id', '=', line.id).execute();
    catalog.touch('cycle');
    expect((await parts.get(2031)).parts.actionLines.find((l) => l.code === 'DP-AL')!.title.nl).toBe('Deellijn hernoemd');

    // A database that fails once: the failure reaches that reader, and the next reader reads again.
    let failed = false;
    const flaky = new Proxy(db, {
      get: (target, name) => {
        if (name === 'selectFrom' && !failed) return () => { failed = true; throw new Error('connection lost'); };
        const value = Reflect.get(target, name) as unknown;
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    const once = new DraftParts(flaky, catalog);
    await expect(once.get(2031)).rejects.toThrow('connection lost');
    expect((await once.get(2031)).parts.actionLines.map((l) => l.code)).toContain('DP-AL');
  });

  it('renders a plan section once per language, and the intro and the KPIs every time', async () => {
    const kept = await new DraftParts(t.database.db, t.app.readModels.catalog).get(2025);
    let renders = 0;
    const render = () => new Html(`<p>${++renders}</p>`);
    expect(draftSection(kept, 'nl', 'action_lines', render).value).toBe('<p>1</p>');
    expect(draftSection(kept, 'nl', 'action_lines', render).value).toBe('<p>1</p>');
    expect(draftSection(kept, 'en', 'action_lines', render).value).toBe('<p>2</p>');
    expect(draftSection(kept, 'nl', 'milestones', render).value).toBe('<p>3</p>');
    expect(draftSection(kept, 'nl', 'decisions', render).value).toBe('<p>4</p>');
    expect(draftSection(kept, 'nl', 'kpis', render).value).toBe('<p>5</p>');
    expect(draftSection(kept, 'nl', 'kpis', render).value).toBe('<p>6</p>');
    expect(draftSection(kept, 'nl', 'intro', render).value).toBe('<p>7</p>');
  });
});
