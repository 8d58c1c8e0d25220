import type { DimensionCode } from '../maturity/model.js';

/**
 * The six dimensions' names, for texts that exist before or apart from a published model (the
 * KPI definitions). Pages use the model's own names and fall back to these, which are the names
 * of the first model (maturity/seed) and of the knowledge and search filters.
 */
export const DIMENSION_NAMES: Record<DimensionCode, { nl: string; en: string }> = {
  audience: { nl: 'Publieksinteractie en -beleving', en: 'Audience interaction and experience' },
  value: { nl: 'Waardeproposities en verdienmodellen', en: 'Value propositions and business models' },
  operations: { nl: 'Operationele processen', en: 'Operational processes' },
  data: { nl: 'Sturen met data', en: 'Steering with data' },
  leadership: { nl: 'Leiderschap en vaardigheden', en: 'Leadership and skills' },
  infrastructure: { nl: 'Basisinfrastructuur en standaarden', en: 'Basic infrastructure and standards' },
};
