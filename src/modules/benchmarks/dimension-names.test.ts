import { describe, expect, it } from 'vitest';
import { translator } from '../../plugins/i18n.js';
import { MODEL_V1 } from '../maturity/seed/model-v1.js';
import { DIMENSION_NAMES } from './dimension-names.js';

describe('the names of the maturity dimensions', () => {
  it('are the same wherever a page names them: the first model, the KPI texts, and the knowledge and search filters', () => {
    for (const lang of ['nl', 'en'] as const) {
      const t = translator(lang);
      for (const d of MODEL_V1.dimensions) {
        const name = d.name[lang];
        expect(DIMENSION_NAMES[d.code as keyof typeof DIMENSION_NAMES][lang], d.code).toBe(name);
        expect(t(`knowledge.dimension.${d.code}`), d.code).toBe(name);
        expect(t(`search.dimension.${d.code}`), d.code).toBe(name);
      }
    }
  });
});
