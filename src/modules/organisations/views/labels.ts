import type { Translate } from '../../../plugins/i18n.js';
import { SUBSECTORS } from '../../../catalog/types.js';
import { BUDGET_CLASSES, FUNDING_FRAMEWORKS, LEGAL_FORMS, ORGANISATION_ROLES, POSITIONS, PROVINCES, STAFF_CLASSES } from '../options.js';

/** Labels of the profile's closed lists; every list has its own message group. */
export const LISTS = {
  subsector: { codes: SUBSECTORS, prefix: 'subsector' },
  staffClass: { codes: STAFF_CLASSES, prefix: 'orgs.staffClass' },
  budgetClass: { codes: BUDGET_CLASSES, prefix: 'orgs.budgetClass' },
  province: { codes: PROVINCES, prefix: 'orgs.province' },
  legalForm: { codes: LEGAL_FORMS, prefix: 'orgs.legalForm' },
  fundingFramework: { codes: FUNDING_FRAMEWORKS, prefix: 'orgs.funding' },
  role: { codes: ORGANISATION_ROLES, prefix: 'orgs.role' },
  position: { codes: POSITIONS, prefix: 'orgs.position' },
} as const;
export type ListName = keyof typeof LISTS;

export function label(t: Translate, list: ListName, code: string | null | undefined): string {
  if (!code) return '—';
  const key = `${LISTS[list].prefix}.${code}`;
  const text = t(key);
  return text === key ? code : text;
}

export function options(t: Translate, list: ListName): Array<[string, string]> {
  return LISTS[list].codes.map((code) => [code, label(t, list, code)]);
}

/** A member's position in the reader's language ('' shows as a dash); for the answer views of other modules. */
export function positionLabel(t: Translate, position: string): string {
  return label(t, 'position', position);
}
