import type { Catalog } from '../../../catalog/catalog.js';
import { SUBSECTORS } from '../../../catalog/types.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import { DemoBadge } from '../../../web/components.js';
import type { ViewContext } from '../../../web/context.js';
import { errorFor, fieldMessage } from '../../../web/forms.js';
import { h, Html, type Children } from '../../../web/jsx.js';
import { DIMENSION_CODES } from '../../maturity/index.js';
import type { ContactView } from '../contacts.js';
import { reasonText } from '../presenters.js';
import type { Reason } from '../scoring.js';
import { formatDay } from '../../../i18n/formats.js';

export { Checkboxes } from '../../../web/choices.js';

export type Form = Record<string, string | string[]>;
export const val = (form: Form, name: string) => { const v = form[name]; return typeof v === 'string' ? v : ''; };
export const list = (form: Form, name: string) => { const v = form[name]; return Array.isArray(v) ? v : typeof v === 'string' && v ? [v] : []; };

export const dimensionOptions = (t: Translate): Array<[string, string]> => DIMENSION_CODES.map((d) => [d, t(`search.dimension.${d}`)]);
export const subsectorOptions = (t: Translate): Array<[string, string]> => SUBSECTORS.map((s) => [s, t(`subsector.${s}`)]);
export const pillarOptions = (catalog: Catalog, lang: Lang): Array<[string, string]> => catalog.pillars.map((p) => [String(p.number), `${p.number}. ${p.name[lang]}`]);
export const levelOptions = (t: Translate): Array<[string, string]> => [0, 1, 2, 3, 4, 5].map((l) => [String(l), t('guide.levelN', { level: l })]);

export function Reasons({ ctx, catalog, reasons, score }: { ctx: ViewContext; catalog: Catalog; reasons: Reason[]; score: number }) {
  const { t, lang } = ctx;
  return (
    <p class="guide-reasons">
      <strong>{t('guide.score', { score })}</strong>{reasons.length ? ` — ${reasons.map((r) => reasonText(t, lang, catalog, r)).join(' · ')}` : ''}
    </p>
  );
}

export function ErrorText({ t, errors, name }: { t: Translate; errors: FieldError[]; name: string }) {
  const e = errorFor(errors, name);
  return e ? <p class="error-text" id={`f-${name}-error`}>{fieldMessage(t, e)}</p> : new Html('');
}

export function ContactItem({ ctx, contact, csrf, children }: { ctx: ViewContext; contact: ContactView; csrf: string; children?: Children }) {
  const { t } = ctx;
  const state = contact.answer ? t(`guide.contact.${contact.answer}`) : t('guide.contact.waiting');
  return (
    <li class="card">
      <p><strong>{contact.from.name}</strong> <DemoBadge t={t} isDemo={contact.from.isDemo} /> → <strong>{contact.to.name}</strong> <DemoBadge t={t} isDemo={contact.to.isDemo} /></p>
      {contact.question ? <p class="muted">{t('guide.contact.about')}: {contact.question.text.slice(0, 200)}</p> : null}
      <blockquote>{contact.message}</blockquote>
      <p>{t('guide.contact.sentBy', { name: contact.sender.name, date: formatDay(ctx.lang, contact.sentAt) })}{contact.sender.email ? ` (${contact.sender.email})` : ''}. {t('guide.contact.state')}: <strong>{state}</strong></p>
      {contact.canAnswer ? (
        <form method="post" action={`/guide/contacts/${contact.id}/answer`} class="inline-form">
          <input type="hidden" name="_csrf" value={csrf} />
          <button type="submit" class="button" name="answer" value="accepted">{t('guide.contact.accept')}</button>{' '}
          <button type="submit" class="button button-secondary" name="answer" value="declined">{t('guide.contact.decline')}</button>
        </form>
      ) : null}
      {children}
    </li>
  );
}
