import { Writer, type Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../../../test/helpers/app.js';
import { NS } from '../../rdf/namespaces.js';
import { entityType } from '../../registry.js';
import { createUris } from '../../uris.js';
import { SECRET, sectorFixtures, type SectorFixtures } from './test-fixtures.js';

const uris = createUris('https://data.example.org');

function ntriples(quads: Quad[]): string {
  return new Writer({ format: 'N-Triples' }).quadsToString(quads);
}

/** The objects of one subject and predicate, as plain values. */
function values(quads: Quad[], subject: string, predicate: string): string[] {
  return quads.filter((q) => q.subject.value === subject && q.predicate.value === predicate).map((q) => q.object.value);
}

describe.each(engines)('sector linked data leaves out what is not public (%s)', (engine) => {
  let t: TestApp;
  let f: SectorFixtures;
  const ids = (type: string) => entityType(type)!.ids(t.database.db, null, 10_000);
  const describeIds = (type: string, list: string[]) => entityType(type)!.describe(t.database.db, list, uris);

  beforeAll(async () => {
    t = await testApp({ engine });
    f = await sectorFixtures(t);
  }, 120_000);
  afterAll(async () => t?.close());

  it('a draft call is neither listed nor described; a published one is', async () => {
    const listed = await ids('call');
    expect(listed).not.toContain(f.draftCall);
    expect(await describeIds('call', [f.draftCall])).toEqual([]);
    const project = (await describeIds('project', [f.project.code]));
    const call = values(project, uris.thing('project', f.project.code), NS.transactie + 'isInstantieVan')[0]!;
    expect(listed.map((c) => uris.thing('call', c))).toContain(call);
  });

  it('a refused application becomes no project, and its organisation stays private', async () => {
    const projects = await describeIds('project', await ids('project'));
    expect(ntriples(projects)).not.toContain(SECRET.refusedTitle);
    expect(await ids('organisation')).not.toContain(String(f.refusedOnly));
    expect(await describeIds('organisation', [String(f.refusedOnly)])).toEqual([]);
  });

  it('an organisation that only uses the self-assessment is not public at all', async () => {
    expect(await ids('organisation')).not.toContain(String(f.assessmentOnly));
    expect(await describeIds('organisation', [String(f.assessmentOnly)])).toEqual([]);
  });

  it('a consortium organisation shows its public profile only: no website, mission, consent settings or members', async () => {
    expect(await ids('organisation')).toContain(String(f.privateFields));
    const quads = await describeIds('organisation', [String(f.privateFields)]);
    const text = ntriples(quads);
    const org = uris.thing('organisation', f.privateFields);
    expect(values(quads, org, NS.skos + 'prefLabel')).toEqual(['Stadsbibliotheek Voorbeeldstad']);
    expect(text).toContain('Mechelen');
    for (const secret of [SECRET.website, SECRET.mission, SECRET.memberName, 'verborgen@example.org', 'erfgoeddecreet', '250k-1m', '5-19']) {
      expect(text).not.toContain(secret);
    }
    expect(values(quads, org, NS.rdf + 'type')).toContain(NS.m8g + 'PublicOrganisation');
  });

  it('lesson details are published only with the organisation\'s consent; an unpublished lesson not at all', async () => {
    const listed = await ids('lesson');
    expect(listed).toEqual(expect.arrayContaining([f.lessons.withConsent, f.lessons.withoutConsent]));
    expect(listed).not.toContain(f.lessons.unpublished);
    expect(await describeIds('lesson', [f.lessons.unpublished])).toEqual([]);

    const withConsent = await describeIds('lesson', [f.lessons.withConsent]);
    expect(values(withConsent, uris.thing('lesson', f.lessons.withConsent), NS.ext + 'details')).toEqual([SECRET.lessonDetails]);
    const without = await describeIds('lesson', [f.lessons.withoutConsent]);
    expect(without.length).toBeGreaterThan(0);
    expect(ntriples(without)).not.toContain(SECRET.lessonDetails);
    expect(values(without, uris.thing('lesson', f.lessons.withoutConsent), NS.ext + 'whatFailed')).toEqual(['De automatische omzetting faalde.']);
  });

  it('retired cases and instruments are no longer public', async () => {
    expect(await ids('case')).not.toContain(f.retiredCase);
    expect(await describeIds('case', [f.retiredCase])).toEqual([]);
    expect(await ids('instrument')).not.toContain(f.retiredInstrument);
    expect(await describeIds('instrument', [f.retiredInstrument])).toEqual([]);
  });

  it('demo records are marked in both languages, real records are flagged as not demo', async () => {
    const demo = (await t.database.db.selectFrom('projects').select('code').where('is_demo', '=', true).orderBy('id').executeTakeFirstOrThrow()).code;
    const quads = await describeIds('project', [demo, f.project.code]);
    expect(values(quads, uris.thing('project', demo), NS.ext + 'isDemo')).toEqual(['true']);
    expect(quads.filter((q) => q.subject.value === uris.thing('project', demo) && q.predicate.value === NS.rdfs + 'comment')
      .map((q) => (q.object as { language: string }).language).sort()).toEqual(['en', 'nl']);
    expect(values(quads, uris.thing('project', f.project.code), NS.ext + 'isDemo')).toEqual(['false']);
  });

  it('a project names its consortium, the granted amount and the period', async () => {
    const quads = await describeIds('project', [f.project.code]);
    const grant = `${uris.thing('project', f.project.code)}#grant`;
    expect(values(quads, grant, NS.subsidieregister + 'toegekendBedrag')).toEqual(['42500']);
    const period = values(quads, grant, NS.subsidieregister + 'gesubsidieerdePeriode')[0]!;
    expect(values(quads, period, NS.dcat + 'startDate')).toEqual(['2026-02-01']);
    expect(values(quads, period, NS.dcat + 'endDate')).toEqual(['2027-01-31']);
    const members = values(quads, `${uris.thing('project', f.project.code)}#consortium`, NS.org + 'hasMember').sort();
    expect(members).toEqual([uris.thing('organisation', f.privateFields), uris.thing('organisation', f.association)].sort());
    const roles = values(quads, uris.thing('project', f.project.code), NS.m8g + 'hasParticipation').flatMap((p) => values(quads, p, NS.m8g + 'role')).sort();
    expect(roles).toEqual([uris.thing('consortium-role', 'lead'), uris.thing('consortium-role', 'partner')]);
  });
});
