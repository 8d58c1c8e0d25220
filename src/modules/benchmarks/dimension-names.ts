import type { DimensionCode } from '../maturity/model.js';

/**
 * The six dimensions' names, for texts that exist before or apart from a published model (the
 * KPI definitions). Pages use the model's own names and fall back to these.
 */
export const DIMENSION_NAMES: Record<DimensionCode, { nl: string; en: string }> = {
  audience: { nl: 'Publiek en klantrelatie', en: 'Audience and customer relationship' },
  value: { nl: 'Waardepropositie en verdienmodel', en: 'Value proposition and business model' },
  operations: { nl: 'Werkprocessen', en: 'Operational processes' },
  data: { nl: 'Sturen met data', en: 'Steering with data' },
  leadership: { nl: 'Digitaal leiderschap en competenties', en: 'Digital leadership and skills' },
  infrastructure: { nl: 'Digitale basisinfrastructuur', en: 'Digital basic infrastructure' },
};
