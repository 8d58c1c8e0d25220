import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { Csrf, ErrorSummary, errorFor, fieldMessage, TextArea, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { CallRecord } from '../queries.js';
import type { DecisionView } from '../reads.js';
import { ActionError, Money, Moment, Notice, Paragraphs } from './parts.js';
import { formatDay, formatFigure } from '../../../i18n/formats.js';

/** The decision and its letter, for the consortium's members: printable, and as PDF. */
export function DecisionPage({ ctx, d, notice }: { ctx: ViewContext; d: DecisionView; notice?: string | undefined }): Html {
  const { t, lang } = ctx;
  const title = t('review.decision.title', { title: d.title });
  const letter = (lang === 'en' && d.letter.en) ? d.letter.en : d.letter.nl;
  const letterLang = lang === 'en' && d.letter.en ? 'en' : 'nl';
  return (
    <Layout ctx={ctx} title={title} api={`/api/applications/${d.id}/decision`}>
      <h1>{title} <DemoBadge t={t} isDemo={d.isDemo} /></h1>
      <Notice t={t} notice={notice} />
      <dl class="facts">
        <dt>{t('review.decision.call')}</dt><dd>{d.call.title[lang]}</dd>
        <dt>{t('review.decision.outcome')}</dt><dd><strong>{t(`review.status.${d.outcome}`)}</strong></dd>
        {d.outcome === 'granted' ? [<dt>{t('review.decision.amount')}</dt>, <dd><Money lang={lang} amount={d.amount} /></dd>] : null}
        <dt>{t('review.decision.decidedAt')}</dt><dd><Moment lang={lang} iso={d.decidedAt} /></dd>
        {d.project ? [<dt>{t('review.decision.project')}</dt>, <dd><a href={`/projects/${d.project.code}`}>{d.project.code}</a> ({formatDay(lang, d.project.startsOn)} – {formatDay(lang, d.project.endsOn)})</dd>] : null}
      </dl>
      <p><a href={`/applications/${d.id}/decision.pdf?lang=${letterLang}`}>{t('review.decision.pdf')}</a></p>
      <section aria-labelledby="letter-title" class="letter">
        <h2 id="letter-title">{t('review.decision.letter')}</h2>
        <div lang={letterLang}><Paragraphs text={letter} /></div>
      </section>
    </Layout>
  );
}

export interface DecideForm { outcome: string; amount: string; startsOn: string; endsOn: string; letterNl: string; letterEn: string; version: string; errors: FieldError[] }

/**
 * Deciding in two steps that work without JavaScript: choose the outcome and amount, which
 * prepares the draft letters from the template; edit them; confirm.
 */
export function DecideFormPage({ ctx, app, call, form, prepared, actionError, remaining }: {
  ctx: ViewContext; app: { id: number; title: string; isDemo: boolean; requested: number | null; score: number | null }; call: CallRecord;
  form: DecideForm; prepared: boolean; actionError?: string | undefined; remaining: number;
}): Html {
  const { t, lang } = ctx;
  const title = t('review.decision.formTitle', { title: app.title });
  const errors = form.errors;
  const outcomeError = errorFor(errors, 'outcome');
  const labels = { outcome: t('review.decision.outcome'), amount: t('review.decision.amount'), startsOn: t('review.decision.startsOn'), endsOn: t('review.decision.endsOn'), letterNl: t('review.decision.letterNl'), letterEn: t('review.decision.letterEn') };
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('nav.calls'), '/calls'], [call.title[lang], `/calls/${call.code}`], [t('review.overview.short'), `/calls/${call.code}/review`]]} api={null}>
      <h1>{title} <DemoBadge t={t} isDemo={app.isDemo} /></h1>
      <ActionError message={actionError} />
      <dl class="facts">
        <dt>{t('review.col.requested')}</dt><dd><Money lang={lang} amount={app.requested} /></dd>
        <dt>{t('review.decision.maxGrant')}</dt><dd><Money lang={lang} amount={call.maxGrant} /></dd>
        <dt>{t('review.decision.remaining')}</dt><dd><Money lang={lang} amount={remaining} /></dd>
        <dt>{t('review.col.score')}</dt><dd>{app.score === null ? '—' : formatFigure(lang, app.score)}</dd>
      </dl>
      <form method={prepared ? 'post' : 'get'} action={`/applications/${app.id}/decision`} novalidate>
        <ErrorSummary t={t} errors={errors} labels={labels} />
        {prepared ? <Csrf token={ctx.csrfToken} /> : null}
        {prepared ? <input type="hidden" name="version" value={form.version} /> : null}
        <fieldset class={outcomeError ? 'field field-error' : 'field'} id="f-outcome">
          <legend>{t('review.decision.outcome')}</legend>
          {outcomeError ? <p class="error-text">{fieldMessage(t, outcomeError)}</p> : null}
          {(['granted', 'refused'] as const).map((o) => (
            <div class="checkbox-row"><input type="radio" id={`outcome-${o}`} name="outcome" value={o} checked={form.outcome === o} /> <label for={`outcome-${o}`}>{t(`review.status.${o}`)}</label></div>
          ))}
        </fieldset>
        <TextField t={t} name="amount" label={t('review.decision.amount')} hint={t('review.decision.amountHint')} value={form.amount} errors={errors} inputmode="decimal" />
        {prepared ? [
          <TextField t={t} name="startsOn" type="date" label={t('review.decision.startsOn')} value={form.startsOn} errors={errors} />,
          <TextField t={t} name="endsOn" type="date" label={t('review.decision.endsOn')} hint={t('review.decision.endsHint')} value={form.endsOn} errors={errors} />,
          <TextArea t={t} name="letterNl" label={t('review.decision.letterNl')} value={form.letterNl} errors={errors} rows={18} lang="nl" required />,
          <TextArea t={t} name="letterEn" label={t('review.decision.letterEn')} value={form.letterEn} errors={errors} rows={18} lang="en" />,
          <p class="hint">{t('review.decision.confirmHint')}</p>,
          <button type="submit">{t('review.decision.confirm')}</button>,
          ' ',
          <a class="button button-secondary" href={`/applications/${app.id}/decision`}>{t('review.decision.restart')}</a>,
        ] : <button type="submit">{t('review.decision.prepareLetter')}</button>}
      </form>
    </Layout>
  );
}
