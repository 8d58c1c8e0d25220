import type { FieldError } from '../../../plugins/errors.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { h, Html } from '../../../web/jsx.js';
import type { ModelLevel } from '../../maturity/model.js';
import { rememberingBrusselsDate } from '../../../i18n/formats.js';


const shortDate = rememberingBrusselsDate({ day: 'numeric', month: 'short', year: 'numeric' });

/** Dates as Brussels sees them: an assessment started late on the 31st belongs to that day there. */
export function day(lang: Lang, date: Date | null): string {
  return date ? shortDate(lang, date) : '—';
}

export function DateText({ lang, date }: { lang: Lang; date: Date | null }): Html {
  return date ? <time datetime={date.toISOString()}>{day(lang, date)}</time> : new Html('—');
}

export const kindName = (t: Translate, kind: string) => t(`assessments.kind.${kind}`);

/** "2 · Herhaald": the number carries the meaning, the name explains it. */
export function levelLabel(lang: Lang, levels: readonly ModelLevel[], level: number | null | undefined): string {
  if (level === null || level === undefined) return '—';
  const l = levels.find((x) => x.level === level);
  return l ? `${level} · ${l.name[lang]}` : String(level);
}

/** A field error in the reader's language: the module's own reasons first, then the shared ones. */
export function fieldText(t: Translate, error: FieldError): string {
  for (const key of [`assessments.validation.${error.code ?? ''}`, `validation.${error.code ?? ''}`]) {
    const text = t(key);
    if (text !== key) return text;
  }
  return error.message;
}

/** Answered so far, as text and as a bar that only repeats the text (hidden from assistive technology). */
export function ProgressLine({ t, answered, total, dimension, overall }: { t: Translate; answered: number; total: number; dimension?: string; overall?: boolean }): Html {
  return (
    <p class="assessment-progress">
      <progress max={String(total)} value={String(answered)} aria-hidden="true" data-progress-bar={dimension ?? (overall ? 'overall' : undefined)}></progress>{' '}
      <span data-progress-text={dimension ?? (overall ? 'overall' : undefined)}>{t('assessments.progress.count', { answered, total })}</span>
    </p>
  );
}

/**
 * Said before the first question and on every list of assessments (issue: consent and privacy):
 * who sees answers, who sees the result, and what the sector sees.
 */
export function PrivacyStatement({ t, organisationId, shareWithTeam, canChange }: { t: Translate; organisationId: number; shareWithTeam: boolean; canChange: boolean }): Html {
  return (
    <section aria-labelledby="privacy-title" class="notice">
      <h2 id="privacy-title">{t('assessments.privacy.title')}</h2>
      <ul>
        <li>{t('assessments.privacy.answers')}</li>
        <li>{t('assessments.privacy.coaches')}</li>
        <li>
          {t('assessments.privacy.team')}{' '}
          <strong>{t(shareWithTeam ? 'assessments.privacy.teamYes' : 'assessments.privacy.teamNo')}</strong>{' '}
          {canChange ? <a href={`/organisations/${organisationId}/edit`}>{t('assessments.privacy.change')}</a> : <span>{t('assessments.privacy.changeByOwner')}</span>}
        </li>
        <li>{t('assessments.privacy.sector')}</li>
      </ul>
    </section>
  );
}

export function Notice({ t, notice }: { t: Translate; notice: string | undefined }): Html {
  return notice ? <div class="notice notice-success" role="status"><p>{t(notice)}</p></div> : new Html('');
}

/** A refused action on a page without form fields: the reason, announced. */
export function ErrorNotice({ t, error }: { t: Translate; error: { code: string; detail: string } | undefined }): Html {
  if (!error) return new Html('');
  const key = `error.${error.code}`;
  return <div class="notice notice-error" role="alert" id="error-summary" tabindex="-1"><p>{t(key) === key ? error.detail : t(key)}</p></div>;
}

/** The rules of scoring.ts in plain words, so every figure on the results page can be checked by hand. */
export const RULE_KEYS = ['median', 'critical', 'target', 'combined', 'disagreement', 'finished', 'missing'].map((k) => `assessments.rule.${k}`);

export function RulesList({ t }: { t: Translate }): Html {
  return <ul>{RULE_KEYS.map((key) => <li>{t(key)}</li>)}</ul>;
}

export function LevelScale({ t, lang, levels }: { t: Translate; lang: Lang; levels: readonly ModelLevel[] }): Html {
  return (
    <details class="api-op">
      <summary>{t('assessments.scale.title')}</summary>
      <dl class="facts">
        {levels.map((l) => [<dt>{levelLabel(lang, levels, l.level)}</dt>, <dd>{l.description[lang]}</dd>])}
      </dl>
    </details>
  );
}

const SCRIPT_TEXTS = ['saving', 'saved', 'offline', 'queued', 'restored', 'needLevel', 'stale', 'error', 'locked', 'pending', 'back'];
const SCRIPT_FIELDS: Record<string, string> = { currentLevel: 'current', notApplicable: 'current', targetLevel: 'target', note: 'note', evidenceUrl: 'evidence', questionId: 'questionId' };
const SCRIPT_CODES = ['assessmentLevelRange', 'assessmentTargetRange', 'assessmentLevelRequired', 'assessmentNotApplicableRefused', 'assessmentLevelWithNotApplicable',
  'assessmentTargetWithNotApplicable', 'assessmentEvidenceUrl', 'assessmentQuestion', 'maximum', 'minimum', 'maxLength', 'type'];

/**
 * The live status of saving as you go (assessment.js), with what the script needs to say in the
 * page's language handed over as data: the content security policy allows no inline script.
 */
export function AutosaveStatus({ ctx, assessmentId }: { ctx: ViewContext; assessmentId: number }): Html {
  const { t } = ctx;
  const texts = {
    ...Object.fromEntries(SCRIPT_TEXTS.map((k) => [k, t(`assessments.autosave.${k}`)])),
    count: t('assessments.progress.count'),
    fields: Object.fromEntries(Object.entries(SCRIPT_FIELDS).map(([api, form]) => [api, t(`assessments.field.${form}`)])),
    validation: Object.fromEntries(SCRIPT_CODES.map((code) => [code, fieldText(t, { field: '', message: '', code })])),
  };
  return (
    <p id="autosave-status" role="status" aria-live="polite" class="autosave-status" data-autosave-status data-assessment-queue={String(assessmentId)}
      data-user={String(ctx.user?.id ?? '')} data-csrf={ctx.csrfToken} data-texts={JSON.stringify(texts)}></p>
  );
}
