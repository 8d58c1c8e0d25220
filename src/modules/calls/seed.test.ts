import { describe, expect, it } from 'vitest';
import { seedSets } from './seed.js';

describe('calls seed sets', () => {
  it('loads the standard annex as real data and the calls as demo data', () => {
    expect(seedSets.map((s) => [s.name, Boolean(s.demo)])).toEqual([['conformity-annex', false], ['demo-calls', true]]);
  });
});
