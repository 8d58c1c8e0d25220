import type { BudgetClass, FundingFramework, LegalForm, OrganisationRole, StaffClass } from '../../db/schema.js';

/**
 * The closed lists of an organisation profile, in the order forms show them. They mirror the
 * check constraints of migration 0012; labels live in the message files as `orgs.<list>.<code>`.
 */
export const STAFF_CLASSES: readonly StaffClass[] = ['0-4', '5-19', '20-49', '50+'];
export const BUDGET_CLASSES: readonly BudgetClass[] = ['lt-250k', '250k-1m', '1m-5m', 'gt-5m'];
export const PROVINCES = ['antwerpen', 'limburg', 'oost-vlaanderen', 'vlaams-brabant', 'west-vlaanderen', 'brussel'] as const;
export type Province = (typeof PROVINCES)[number];
export const LEGAL_FORMS: readonly LegalForm[] = ['vzw', 'public', 'autonomous_municipal', 'foundation', 'company', 'association', 'other'];
export const FUNDING_FRAMEWORKS: readonly FundingFramework[] = [
  'kunstendecreet', 'erfgoeddecreet', 'sociaal_cultureel_volwassenenwerk', 'circusdecreet', 'literatuur', 'vaf', 'amateurkunsten',
  'lokaal_cultuurbeleid', 'bovenlokaal_cultuurbeleid', 'none', 'other',
];
export const ORGANISATION_ROLES: readonly OrganisationRole[] = ['owner', 'member', 'respondent'];

/**
 * What someone does in the organisation. Stored as a code (organisation_members.position) so that
 * answers can be shown beside a translated position; '' means not given.
 */
export const POSITIONS = ['director', 'management', 'staff', 'board', 'volunteer', 'other'] as const;
export type Position = (typeof POSITIONS)[number];

/** Open invitations expire after this many days (issue text). */
export const INVITATION_DAYS = 14;

export const NAME_MAX = 200;
export const MISSION_MAX = 4000;
