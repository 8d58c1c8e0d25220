import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../paths.js';
import { can } from '../../../plugins/permissions.js';
import { entityTypes } from '../registry.js';
import { csvSources } from './csv-sources.js';
import { catalogueMessageKeys } from './messages.js';
import { cataloguePermissions } from './permissions.js';
import './index.js';

describe('the catalogue\'s declarations', () => {
  it('has a CSV source for every registered entity type, and none for a type that does not exist', () => {
    const registered = entityTypes.map((e) => e.type).sort();
    expect(registered.filter((type) => !csvSources[type])).toEqual([]);
    expect(Object.keys(csvSources).filter((type) => !registered.includes(type))).toEqual([]);
  });

  it('derives things only from types that are registered', () => {
    for (const [type, source] of Object.entries(csvSources)) {
      if ('derivedFrom' in source) for (const from of source.derivedFrom) expect(csvSources[from], `${type} from ${from}`).toBeDefined();
    }
  });

  it('has every text in Dutch and in English', () => {
    expect(catalogueMessageKeys('en').sort()).toEqual(catalogueMessageKeys('nl').sort());
  });

  it.each(['public', 'org_member', 'steering_committee', 'transition_team', 'admin'] as const)('lets %s read the catalogue and the dumps', (role) => {
    for (const action of Object.keys(cataloguePermissions)) expect(can(role, action)).toBe(true);
  });

  it('declares no action beyond reading', () => {
    expect(Object.keys(cataloguePermissions).sort()).toEqual(['opendata.downloadDumps', 'opendata.viewCatalogue']);
  });
});

describe('the catalogue page', () => {
  it('asks only for texts its message files define', () => {
    const source = readFileSync(join(projectRoot, 'src/modules/opendata/catalogue/views/catalogue-page.tsx'), 'utf8');
    const known = new Set(catalogueMessageKeys('nl'));
    const asked = [...source.matchAll(/\btext\('([a-zA-Z0-9_.]+)'/g)].map((m) => m[1]!);
    expect(asked.length).toBeGreaterThan(10);
    expect(asked.filter((key) => !known.has(key))).toEqual([]);
    for (const frequency of ['CONT', 'IRREG', 'QUARTERLY', 'ANNUAL']) expect(known.has(`catalogue.freq.${frequency}`)).toBe(true);
  });
});
