import type { Transaction } from 'kysely';
import type { Database } from '../../db/schema.js';
import { audit } from '../../plugins/audit.js';
import { invalid, type FieldError } from '../../plugins/errors.js';
import type { Lang } from '../../plugins/i18n.js';
import type { AccessibilityStatement } from './views/accessibility.js';

/** Date the accessibility statement was drawn up; change it whenever the statement is reviewed. */
export const STATEMENT_DATE = '2026-11-27';
export const DEFAULT_ACCESSIBILITY_CONTACT = 'digitale-transformatie@vlaanderen.example';

const EMAIL = /^[^\s@<>()"']+@[^\s@<>()"']+\.[^\s@<>()"']+$/;

/**
 * The statement as this installation publishes it. The feedback address comes from
 * ACCESSIBILITY_CONTACT so each operator names its own team; a value that is not an e-mail
 * address would publish a broken feedback route, so it is refused with the reason.
 */
export function accessibilityStatement(env: NodeJS.ProcessEnv = process.env): { statement: AccessibilityStatement; warning?: string } {
  const configured = env.ACCESSIBILITY_CONTACT?.trim();
  if (configured && !EMAIL.test(configured)) {
    return {
      statement: { date: STATEMENT_DATE, contact: DEFAULT_ACCESSIBILITY_CONTACT },
      warning: `ACCESSIBILITY_CONTACT "${configured}" is not an e-mail address; the statement shows ${DEFAULT_ACCESSIBILITY_CONTACT}`,
    };
  }
  return { statement: { date: STATEMENT_DATE, contact: configured || DEFAULT_ACCESSIBILITY_CONTACT } };
}

/** Limits of the feedback form, shared by the form and the server. */
export const FEEDBACK_LIMITS = { message: 5000, pageUrl: 500, contact: 200 } as const;

export interface FeedbackInput { pageUrl: string; message: string; contact: string }

export function validateFeedback(input: FeedbackInput): FieldError[] {
  const errors: FieldError[] = [];
  const message = input.message.trim();
  if (!message) errors.push({ field: 'message', message: 'is required', code: 'required' });
  else if (message.length > FEEDBACK_LIMITS.message) errors.push({ field: 'message', message: `must be at most ${FEEDBACK_LIMITS.message} characters`, code: 'maxLength' });
  if (input.pageUrl.trim().length > FEEDBACK_LIMITS.pageUrl) errors.push({ field: 'pageUrl', message: `must be at most ${FEEDBACK_LIMITS.pageUrl} characters`, code: 'maxLength' });
  if (input.contact.trim().length > FEEDBACK_LIMITS.contact) errors.push({ field: 'contact', message: `must be at most ${FEEDBACK_LIMITS.contact} characters`, code: 'maxLength' });
  return errors;
}

/**
 * Stores feedback on the platform's accessibility, sent by anyone (the directive's feedback
 * route). The audit entry says that feedback arrived, not what it says: the message and the
 * optional contact stay in one place, where the transition team reads them.
 */
export async function recordAccessibilityFeedback(tx: Transaction<Database>, actorId: number | null, lang: Lang, input: FeedbackInput): Promise<number> {
  const errors = validateFeedback(input);
  if (errors.length) throw invalid(errors);
  const row = await tx.insertInto('accessibility_feedback').values({
    page_url: input.pageUrl.trim(), message: input.message.trim(), contact: input.contact.trim(), lang, received_at: new Date(),
  }).returning('id').executeTakeFirstOrThrow();
  await audit(tx, { userId: actorId, entityType: 'accessibility_feedback', entityId: row.id, action: 'create', after: { lang } });
  return row.id;
}
