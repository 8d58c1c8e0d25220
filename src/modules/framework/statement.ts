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
