import type { Lang, Translate } from '../../plugins/i18n.js';
import type { Texts } from '../maturity/model.js';
import type { Ranked } from './ranking.js';
import { formatDay } from '../../i18n/formats.js';

/**
 * The one sentence that explains a dimension's place in the ranking, e.g. "Gap of 2 levels to
 * your own target, high relevance to your mission." Built from the same facts the ranking uses.
 */
export function reasonSentence(t: Translate, r: Ranked, criticalTexts: string[] = []): string {
  const parts: string[] = [];
  if (r.criticalItems.length) parts.push(t('improvement.reason.critical', { items: criticalTexts.join('; ') || String(r.criticalItems.length) }));
  if (r.target === null) parts.push(t('improvement.reason.noTarget'));
  else if (r.gap === 0) parts.push(t('improvement.reason.targetReached', { level: r.level, target: r.target }));
  else parts.push(t(r.gap === 1 ? 'improvement.reason.gapOne' : 'improvement.reason.gap', { gap: r.gap }));
  parts.push(t(`improvement.reason.relevance.${r.relevance}`));
  const sentence = parts.join(', ');
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
}

/** A date column as it stands, a moment as the day it was in Brussels; '—' for none. */
export function day(lang: Lang, iso: string | null): string {
  return iso ? formatDay(lang, iso) : '—';
}

export const text = (texts: Texts | null | undefined, lang: Lang) => (texts ? texts[lang] || texts.nl : '');
