import type { FieldError } from '../../plugins/errors.js';
import type { Translate } from '../../plugins/i18n.js';
import { validateSchema } from '../../web/validate.js';
import type { OrganisationRow } from './queries.js';
import {
  acceptInvitationBody, addMemberBody, createOrganisationBody, registerBody, updateOrganisationBody,
  type AcceptInvitationInput, type AddMemberInput, type CreateOrganisationInput, type RegisterInput, type UpdateOrganisationInput,
} from './schemas.js';

/**
 * A form is what the browser posts back, flat text. Each form becomes the input the JSON API
 * takes and is checked against the same schema, so a page and the API agree on what is valid.
 */
export type Form = Record<string, string>;
export type Parsed<T> = { ok: true; input: T } | { ok: false; errors: FieldError[] };

export const PROFILE_FIELDS = ['name', 'subsector', 'staffClass', 'budgetClass', 'province', 'municipality', 'legalForm', 'fundingFramework', 'website', 'mission'] as const;
export const CONSENT_FIELDS = ['shareWithTeam', 'contactable'] as const;
export const ACCOUNT_FIELDS = ['displayName', 'email', 'password', 'passwordConfirm'] as const;

/** Reads the named fields from a posted body; anything else in it is ignored. */
export function readForm(body: unknown, fields: readonly string[]): Form {
  const b = (body ?? {}) as Record<string, unknown>;
  const form: Form = {};
  for (const f of fields) {
    const v = b[f];
    form[f] = typeof v === 'string' ? v : Array.isArray(v) && typeof v[0] === 'string' ? v[0] : '';
  }
  return form;
}

export const val = (form: Form, name: string) => form[name] ?? '';
const checked = (form: Form, name: string) => val(form, name) === 'yes';

function check<T>(schema: object, candidate: unknown, extra: FieldError[] = []): Parsed<T> {
  const errors = [...validateSchema(schema, candidate), ...extra];
  return errors.length ? { ok: false, errors } : { ok: true, input: candidate as T };
}

function profile(form: Form) {
  return {
    name: val(form, 'name').trim(), subsector: val(form, 'subsector'), staffClass: val(form, 'staffClass'), budgetClass: val(form, 'budgetClass'),
    province: val(form, 'province'), municipality: val(form, 'municipality').trim(), legalForm: val(form, 'legalForm'),
    fundingFramework: val(form, 'fundingFramework'), website: val(form, 'website').trim() || null, mission: val(form, 'mission').trim(),
  };
}

/** Passwords are typed twice on a page; the API takes one. */
function passwordsMatch(t: Translate, form: Form): FieldError[] {
  const password = val(form, 'password');
  return password && password !== val(form, 'passwordConfirm') ? [{ field: 'passwordConfirm', message: t('orgs.form.passwordMismatch') }] : [];
}

export function registerInput(t: Translate, form: Form): Parsed<RegisterInput> {
  const candidate = {
    displayName: val(form, 'displayName').trim(), email: val(form, 'email').trim(), password: val(form, 'password'),
    ...profile(form), position: val(form, 'position'), shareWithTeam: checked(form, 'shareWithTeam'), contactable: checked(form, 'contactable'),
  };
  return check(registerBody, candidate, passwordsMatch(t, form));
}

export function createInput(form: Form): Parsed<CreateOrganisationInput> {
  return check(createOrganisationBody, {
    ...profile(form), position: val(form, 'position'), shareWithTeam: checked(form, 'shareWithTeam'), contactable: checked(form, 'contactable'),
  });
}

/** Consent is read only from an owner's form: a member's form does not show it and keeps it. */
export function updateInput(form: Form, owner: boolean): Parsed<UpdateOrganisationInput> {
  const version = Number(val(form, 'version'));
  return check(updateOrganisationBody, {
    version: Number.isInteger(version) && version > 0 ? version : val(form, 'version'), ...profile(form),
    ...(owner ? { shareWithTeam: checked(form, 'shareWithTeam'), contactable: checked(form, 'contactable') } : {}),
  });
}

export function addMemberInput(form: Form): Parsed<AddMemberInput> {
  return check(addMemberBody, { email: val(form, 'email').trim(), role: val(form, 'role'), position: val(form, 'position') });
}

export function acceptInput(t: Translate, form: Form): Parsed<AcceptInvitationInput> {
  const candidate = { displayName: val(form, 'displayName').trim(), password: val(form, 'password') };
  const missing: FieldError[] = [];
  if (!candidate.displayName) missing.push({ field: 'displayName', message: 'is required', code: 'required' });
  if (!candidate.password) missing.push({ field: 'password', message: 'is required', code: 'required' });
  const parsed = check<AcceptInvitationInput>(acceptInvitationBody, candidate, [...missing, ...passwordsMatch(t, form)]);
  // A blank name fails both checks; name it once.
  return parsed.ok ? parsed : { ok: false, errors: parsed.errors.filter((e, i, all) => all.findIndex((x) => x.field === e.field) === i) };
}

export function formFromOrganisation(o: OrganisationRow): Form {
  return {
    name: o.name, subsector: o.subsector, staffClass: o.staff_class, budgetClass: o.budget_class, province: o.province,
    municipality: o.municipality, legalForm: o.legal_form, fundingFramework: o.funding_framework, website: o.website ?? '',
    mission: o.mission, shareWithTeam: o.share_with_team ? 'yes' : '', contactable: o.contactable ? 'yes' : '', version: String(o.version),
  };
}
