import { AppError, type FieldError } from '../../plugins/errors.js';
import type { Translate } from '../../plugins/i18n.js';
import { flatErrors } from './views/parts.js';

export interface Refusal { status: number; errors: FieldError[]; stale?: { currentVersion: number } | undefined; problem?: string | undefined }

/**
 * What a form page shows when a save is refused: the named fields (400), or the conflict (409)
 * with the user's input kept. Anything else (not found, not allowed, a fault) goes to the
 * error page as usual.
 */
export function refusal(t: Translate, err: unknown): Refusal {
  if (!(err instanceof AppError) || err.status >= 500 || err.status === 401 || err.status === 403 || err.code === 'NOT_FOUND' || err.code === 'CSRF_INVALID') throw err;
  if (err.fields.length) return { status: err.status, errors: flatErrors(t, err.fields) };
  if (typeof err.extra.field === 'string') {
    return { status: err.status, errors: flatErrors(t, [{ field: err.extra.field, message: err.detail, code: err.code === 'BODY_CODE_TAKEN' ? 'duplicate' : err.code }]) };
  }
  if (err.code.endsWith('_STALE') && typeof err.extra.currentVersion === 'number') {
    return { status: err.status, errors: [], stale: { currentVersion: err.extra.currentVersion } };
  }
  const key = `error.${err.code}`;
  return { status: err.status, errors: [], problem: t(key) === key ? err.detail : t(key) };
}

/** After a conflict the form continues from the current version: saving again is a deliberate overwrite. */
export const continueFrom = <F extends Record<string, string>>(form: F, r: Refusal): F => (r.stale ? { ...form, version: String(r.stale.currentVersion) } : form);
