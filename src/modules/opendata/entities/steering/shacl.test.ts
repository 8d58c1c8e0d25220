import type { Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../../../test/helpers/app.js';
import { validateShacl } from '../../../../../test/helpers/shacl.js';
import { entityType } from '../../registry.js';
import { createUris } from '../../uris.js';
import { SHAPE_GAPS, typeOfFocus } from './shape-gaps.js';

const B = 'http://data.vlaanderen.be/ns/besluit#';
const M = 'http://data.vlaanderen.be/ns/mandaat#';
const GOVERNANCE = ['body-kind', 'mandate-role', 'decision-type', 'agenda-item-type', 'body', 'mandate', 'mandatary', 'meeting', 'agenda-item', 'treatment', 'decision'];

/** Violations that are not a documented gap, and documented gaps that no longer occur. */
function unexplained(violations: string[], profile: keyof typeof SHAPE_GAPS) {
  const gaps = SHAPE_GAPS[profile];
  const used = new Set<number>();
  const rest: string[] = [];
  for (const v of violations) {
    const m = /^(\S+) (\S*): /.exec(v);
    const i = m ? gaps.findIndex((g) => g.type === typeOfFocus(m[1]!) && g.path === m[2]) : -1;
    if (i < 0) rest.push(v); else used.add(i);
  }
  return { rest, stale: gaps.filter((_, i) => !used.has(i)).map((g) => `${g.type} ${g.path}`) };
}

describe.each(engines)('governance linked data against the official shapes on %s', (engine) => {
  let t: TestApp;
  let quads: Quad[];
  const uris = createUris('https://transitieruimte.example');
  beforeAll(async () => {
    t = await testApp({ engine });
    quads = [];
    for (const type of GOVERNANCE) {
      const e = entityType(type)!;
      quads.push(...await e.describe(t.database.db, await e.ids(t.database.db, null, 10_000), uris));
    }
  });
  afterAll(async () => { await t?.close(); });

  it('besluit-publicatie: every published meeting, agenda item, treatment, vote and decision; nothing but the documented gaps', async () => {
    const outcome = await validateShacl(quads, 'besluit-publicatie');
    // The demo publishes two meetings (the third is approved, not published), two decisions
    // (one waits in an unpublished decision list, one is a draft), seven agenda items.
    expect(outcome.targeted).toMatchObject({
      [`${B}Zitting`]: 2, [`${B}Agendapunt`]: 7, [`${B}BehandelingVanAgendapunt`]: 4, [`${B}Stemming`]: 3, [`${B}Besluit`]: 2, [`${B}Bestuursorgaan`]: 4,
    });
    expect(outcome.targeted[`${M}Mandataris`]).toBeGreaterThan(20);
    const { rest, stale } = unexplained(outcome.violations, 'besluit-publicatie');
    expect(rest).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('mandatendatabank: bodies, seats and who holds them; nothing but the documented gaps', async () => {
    const outcome = await validateShacl(quads, 'mandatendatabank');
    expect(outcome.targeted[`${B}Bestuursorgaan`]).toBe(4);
    expect(outcome.targeted[`${M}Mandaat`]).toBeGreaterThanOrEqual(4);
    expect(outcome.targeted[`${M}Mandataris`]).toBeGreaterThan(20);
    const { rest, stale } = unexplained(outcome.violations, 'mandatendatabank');
    expect(rest).toEqual([]);
    expect(stale).toEqual([]);
  });

  it('the validation is not vacuous: a decision without its treatment, or a vote without counts, is caught', async () => {
    const decision = quads.find((q) => q.predicate.value === 'http://www.w3.org/1999/02/22-rdf-syntax-ns#type' && q.object.value === `${B}Besluit`)!.subject.value;
    const broken = quads.filter((q) => !(q.subject.value === decision && q.predicate.value === 'http://www.w3.org/ns/prov#wasGeneratedBy')
      && q.predicate.value !== `${B}aantalVoorstanders`);
    const { rest } = unexplained((await validateShacl(broken, 'besluit-publicatie')).violations, 'besluit-publicatie');
    expect(rest.some((v) => v.startsWith(decision) && v.includes('wasGeneratedBy'))).toBe(true);
    expect(rest.some((v) => v.includes('#vote') && v.includes('aantalVoorstanders'))).toBe(true);
  });

  it('publishes no drafts: unpublished decisions, the meeting with only an approved agenda, and closed treatment details stay out', async () => {
    const db = t.database.db;
    const unpublished = await db.selectFrom('decisions').select('code').where('status', '!=', 'published').execute();
    expect(unpublished.length).toBeGreaterThan(0);
    const subjects = new Set(quads.map((q) => q.subject.value));
    for (const d of unpublished) expect(subjects.has(uris.thing('decision', d.code))).toBe(false);
    const planned = await db.selectFrom('meetings').select('id').where('status', '=', 'planned').execute();
    for (const m of planned) expect(subjects.has(uris.thing('meeting', m.id))).toBe(false);
    // The closed item of the first demo meeting keeps its title, but not its votes or notes.
    const closed = quads.filter((q) => q.predicate.value === `${B}openbaar` && q.object.value === 'false').map((q) => q.subject.value);
    expect(closed.length).toBe(1);
    expect(quads.some((q) => q.subject.value === closed[0] && (q.predicate.value === `${B}heeftStemming` || q.predicate.value.endsWith('#notes')))).toBe(false);
  });
});
