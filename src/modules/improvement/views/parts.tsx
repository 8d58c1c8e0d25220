import type { FieldError } from '../../../plugins/errors.js';
import type { Translate } from '../../../plugins/i18n.js';
import { h, Html } from '../../../web/jsx.js';
import type { ReassessStatus } from '../reassess.js';
import { day } from '../sentences.js';
import type { Lang } from '../../../plugins/i18n.js';
import { ConflictNotice } from '../../../web/draft-form.js';

export type Section = 'plan' | 'progress' | 'paragraph' | 'coaches';

/** The trajectory's pages of one organisation, and the way back to the organisation itself. */
export function OrgNav({ t, id, current, showCoaches, coach = false }: { t: Translate; id: number; current: Section; showCoaches: boolean; coach?: boolean }): Html {
  const links: Array<[Section | 'org' | 'assessments' | 'coaching', string, string]> = [
    ['org', `/organisations/${id}`, t('improvement.nav.organisation')],
    ['assessments', `/organisations/${id}/assessments`, t('improvement.nav.assessments')],
    ['plan', `/organisations/${id}/plan`, t('improvement.nav.plan')],
    ['progress', `/organisations/${id}/progress`, t('improvement.nav.progress')],
    ['paragraph', `/organisations/${id}/plan/paragraph`, t('improvement.nav.paragraph')],
    ...(showCoaches ? [['coaches', `/organisations/${id}/coaches`, t('improvement.nav.coaches')] as [Section, string, string]] : []),
    // A coach arrives from their own list of organisations and needs the way back to it.
    ...(coach ? [['coaching', '/coaching', t('improvement.coaching.title')] as ['coaching', string, string]] : []),
  ];
  return (
    <nav aria-label={t('improvement.nav.label')} class="filters">
      <ul class="tags">
        {links.map(([key, href, label]) => <li>{key === current ? <strong aria-current="page">{label}</strong> : <a href={href}>{label}</a>}</li>)}
      </ul>
    </nav>
  );
}

export function SavedNotice({ t, notice, draftKey }: { t: Translate; notice: string | undefined; draftKey?: string | undefined }): Html {
  if (!notice) return new Html('');
  return <div class="notice notice-success" role="status" data-draft-saved={draftKey}><p>{t(notice)}</p></div>;
}

/** Shown above a form whose save met someone else's newer save: the user's input is kept below. */
export function StaleNotice({ t, stale, href }: { t: Translate; stale: { currentVersion: number } | undefined; href: string }): Html {
  return stale ? <ConflictNotice message={t('improvement.staleNotice', { version: stale.currentVersion })} compare={t('improvement.staleCompare')} href={href} /> : new Html('');
}

/** The reminder: strong when due or past due, quiet otherwise; always with the calendar download. */
export function ReassessNotice({ t, lang, id, status }: { t: Translate; lang: Lang; id: number; status: ReassessStatus }): Html {
  if (status.state === 'none' || status.state === 'done') return new Html('');
  const date = day(lang, status.date);
  const ics = <a href={`/organisations/${id}/plan/reassess.ics`}>{t('improvement.reassess.ics')}</a>;
  const assess = <a href={`/organisations/${id}/assessments`}>{t('improvement.reassess.start')}</a>;
  if (status.state === 'scheduled') return <p>{t('improvement.reassess.scheduled', { date })} {ics}</p>;
  const key = status.state === 'overdue' ? 'improvement.reassess.overdue' : status.days === 0 ? 'improvement.reassess.today' : 'improvement.reassess.due';
  return (
    <div class={status.state === 'overdue' ? 'notice notice-error' : 'notice'} role="status" id="reassess-notice">
      <h2>{t('improvement.reassess.title')}</h2>
      <p>{t(key, { date, days: Math.abs(status.days ?? 0) })}</p>
      <p>{assess} · {ics}</p>
    </div>
  );
}

/** A refused form's messages in the reader's language: module codes first, then the shared ones. */
export function translateErrors(t: Translate, errors: FieldError[]): FieldError[] {
  return errors.map((e) => {
    const key = `improvement.validation.${e.code ?? ''}`;
    return t(key) === key ? e : { field: e.field, message: t(key) };
  });
}

export function DemoNotice({ t, isDemo }: { t: Translate; isDemo: boolean }): Html {
  return isDemo ? <div class="notice notice-demo"><p>{t('improvement.demoNotice')}</p></div> : new Html('');
}
