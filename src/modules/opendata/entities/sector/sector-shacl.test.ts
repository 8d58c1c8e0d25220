import type { Quad } from 'n3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engines, testApp, type TestApp } from '../../../../../test/helpers/app.js';
import { validateShacl } from '../../../../../test/helpers/shacl.js';
import { NS } from '../../rdf/namespaces.js';
import { entityType } from '../../registry.js';
import { createUris } from '../../uris.js';
import { sectorFixtures, type SectorFixtures } from './test-fixtures.js';

const uris = createUris('https://data.example.org');

/**
 * The official profiles, not written for this platform: 0 violations, and `targeted` must show
 * the classes the platform means to publish, or a profile that targets nothing would pass trivially.
 */
describe.each(engines)('sector linked data against the official SHACL shapes (%s)', (engine) => {
  let t: TestApp;
  let f: SectorFixtures;
  const described = async (...types: string[]): Promise<Quad[]> => {
    const out: Quad[] = [];
    for (const type of types) {
      const et = entityType(type)!;
      out.push(...await et.describe(t.database.db, await et.ids(t.database.db, null, 10_000), uris));
    }
    return out;
  };
  const expectConforms = (outcome: Awaited<ReturnType<typeof validateShacl>>) => {
    expect(outcome.violations).toEqual([]);
    expect(outcome.conforms).toBe(true);
  };

  beforeAll(async () => {
    t = await testApp({ engine });
    f = await sectorFixtures(t);
  }, 120_000);
  afterAll(async () => t?.close());

  it('instruments, calls and granted projects conform to the subsidy register (subsidieregister)', async () => {
    const outcome = await validateShacl(await described('instrument', 'call', 'project'), 'subsidieregister');
    expectConforms(outcome);
    expect(outcome.targeted[NS.subsidieregister + 'RechtsgrondToekenningSubsidie']).toBe((await entityType('project')!.ids(t.database.db, null, 10_000)).length);
    expect(outcome.targeted[NS.m8g + 'PublicOrganisation']).toBeGreaterThan(0);
    expect(outcome.targeted[NS.dct + 'Agent']).toBeGreaterThan(0);
    expect(outcome.targeted[NS.skos + 'Concept']).toBeGreaterThan(0);
  }, 60_000);

  it('actors and organisations conform to OSLO Organisatie-basis', async () => {
    const outcome = await validateShacl(await described('actor', 'organisation'), 'organisatie-basis');
    expectConforms(outcome);
    const actors = (await entityType('actor')!.ids(t.database.db, null, 10_000)).length;
    const organisations = (await entityType('organisation')!.ids(t.database.db, null, 10_000)).length;
    expect(outcome.targeted[NS.org + 'Organization']).toBe(actors + organisations);
    expect(outcome.targeted[NS.org + 'FormalOrganization']).toBeGreaterThan(0);
    expect(outcome.targeted[NS.m8g + 'PublicOrganisation']).toBeGreaterThan(0);
    expect(outcome.targeted[NS.dct + 'Location']).toBe(2 * organisations);
  }, 60_000);

  it('learning opportunities, organisations and projects conform to OSLO Cultuurparticipatie', async () => {
    const outcome = await validateShacl(await described('learning-opportunity', 'organisation', 'project'), 'cultuurparticipatie-ap');
    expectConforms(outcome);
    expect(outcome.targeted[NS.org + 'Organization']).toBeGreaterThan(0);
    expect(outcome.targeted[NS.feitelijkeVerenigingen + 'FeitelijkeVereniging']).toBeGreaterThanOrEqual(1);
    expect(outcome.targeted[NS.subsidie + 'SubsidiemaatregelConsumptie']).toBeGreaterThan(0);
    expect(outcome.targeted[NS.foaf + 'Document']).toBe(1);
    expect(outcome.targeted[NS.dct + 'Location']).toBeGreaterThan(0);
    expect(outcome.targeted[NS.skos + 'Concept']).toBeGreaterThan(0);
  }, 60_000);

  it('one description validates on its own: the types of what it links travel with it', async () => {
    const organisation = await entityType('organisation')!.describe(t.database.db, [String(f.association)], uris);
    expectConforms(await validateShacl(organisation, 'organisatie-basis'));
    expectConforms(await validateShacl(organisation, 'cultuurparticipatie-ap'));
    const project = await entityType('project')!.describe(t.database.db, [f.project.code], uris);
    expectConforms(await validateShacl(project, 'subsidieregister'));
    expectConforms(await validateShacl(project, 'organisatie-basis'));
  }, 60_000);

  it('the profiles do constrain this output: a name or a subsidised period left out is reported', async () => {
    const organisation = uris.thing('organisation', f.privateFields);
    const withoutName = (await entityType('organisation')!.describe(t.database.db, [String(f.privateFields)], uris))
      .filter((q) => !(q.subject.value === organisation && q.predicate.value === NS.skos + 'prefLabel'));
    const nameless = await validateShacl(withoutName, 'organisatie-basis');
    expect(nameless.conforms).toBe(false);
    expect(nameless.violations.join('\n')).toContain(NS.skos + 'prefLabel');

    const withoutPeriod = (await entityType('project')!.describe(t.database.db, [f.project.code], uris))
      .filter((q) => q.predicate.value !== NS.subsidieregister + 'gesubsidieerdePeriode');
    const periodless = await validateShacl(withoutPeriod, 'subsidieregister');
    expect(periodless.conforms).toBe(false);
    expect(periodless.violations.join('\n')).toContain('gesubsidieerdePeriode');
  }, 60_000);
});
