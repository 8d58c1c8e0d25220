import type { FieldError } from '../../../plugins/errors.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, Pagination } from '../../../web/components.js';
import { Csrf, ErrorSummary, TextArea } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { ANSWERS, SECTIONS } from '../constants.js';
import type { CommentRecord } from '../queries/vision.js';
import { Radios } from './form-parts.js';
import { Moment, Paragraphs, StaleNotice } from './parts.js';

export interface AnswerState { id: number; errors: FieldError[]; stale: { currentVersion: number } | undefined; answer: string; reason: string; version: number }
export interface CommentList {
  items: CommentRecord[]; total: number; page: number; pages: number;
  section: string | undefined; status: 'all' | 'unanswered' | 'answered';
}

function Answer({ t, lang, c }: { t: Translate; lang: Lang; c: CommentRecord }): Html {
  if (!c.answer) return <p class="badge badge-weak">{t('vision.answer.waiting')}</p>;
  return (
    <div class="notice">
      <p><strong>{t('vision.answer.byTeam')}: {t(`vision.answer.${c.answer}`)}</strong></p>
      <Paragraphs text={c.reason} />
      <p class="muted">{c.answeredBy ?? t('vision.team')}{c.answeredAt ? [', ', <Moment lang={lang} iso={c.answeredAt} />] : null}</p>
    </div>
  );
}

/** The team's answer form under one comment; a refused answer comes back here with its errors. */
function AnswerForm({ ctx, c, action, state }: { ctx: ViewContext; c: CommentRecord; action: string; state: AnswerState | undefined }): Html {
  const { t } = ctx;
  const prefix = `a${c.id}`;
  const mine = state?.id === c.id ? state : undefined;
  // The fields of this comment's form carry its id, so that several forms on one page stay apart.
  const mapped = (mine?.errors ?? []).map((e) => (e.field === 'reason' || e.field === 'answer' ? { ...e, field: `${prefix}-${e.field}` } : e));
  return (
    <form method="post" action={action} class="answer-form" novalidate>
      <Csrf token={ctx.csrfToken} />
      <input type="hidden" name="version" value={String(mine ? mine.version : c.version)} />
      {mine ? <StaleNotice t={t} stale={mine.stale} href={`#comment-${c.id}`} /> : null}
      {mine ? <ErrorSummary t={t} errors={mapped} labels={{ [`${prefix}-answer`]: t('vision.answer.label'), [`${prefix}-reason`]: t('vision.answer.reason') }} /> : null}
      <Radios t={t} name="answer" idPrefix={`f-${prefix}`} legend={c.answer ? t('vision.answer.change') : t('vision.answer.label')}
        options={ANSWERS.map((a) => [a, t(`vision.answer.${a}`)])} value={mine ? mine.answer : c.answer ?? ''} errors={mine?.errors ?? []} />
      <TextArea t={t} name={`${prefix}-reason`} label={t('vision.answer.reason')} value={mine ? mine.reason : c.reason} rows={3} required
        errors={mapped} />
      <button type="submit" class="button button-secondary">{t('vision.answer.save')}</button>
    </form>
  );
}

/** The comments of a round with the team's answers: filtered, paginated, linkable one by one. */
export function Comments({ ctx, list, basePath, canAnswer, answerState, itemsHtml }: {
  ctx: ViewContext; list: CommentList; basePath: string; canAnswer: boolean; answerState: AnswerState | undefined;
  /** The comments of this page, already rendered (kept between readers who see the same). */
  itemsHtml?: Html | undefined;
}): Html {
  const { t } = ctx;
  return (
    <section aria-labelledby="comments">
      <h2 id="comments">{t('vision.comments.title', { count: list.total })}</h2>
      <form method="get" action={`${basePath}#comments`} class="filters">
        <div>
          <label for="filter-section">{t('vision.comments.section')}</label>
          <select id="filter-section" name="section">
            <option value="">{t('vision.comments.allSections')}</option>
            {SECTIONS.map((s) => <option value={s} selected={list.section === s}>{t(`vision.section.${s}`)}</option>)}
          </select>
        </div>
        <div>
          <label for="filter-status">{t('vision.comments.status')}</label>
          <select id="filter-status" name="status">
            {(['all', 'unanswered', 'answered'] as const).map((s) => <option value={s} selected={list.status === s}>{t(`vision.comments.filter.${s}`)}</option>)}
          </select>
        </div>
        <div><button type="submit" class="button button-secondary">{t('list.apply')}</button></div>
      </form>
      {list.items.length === 0 ? <p>{t('vision.comments.none')}</p> : itemsHtml ?? <CommentItems ctx={ctx} items={list.items} basePath={basePath} canAnswer={canAnswer} answerState={answerState} />}
      <Pagination t={t} path={basePath} query={{ section: list.section, status: list.status === 'all' ? undefined : list.status }} page={list.page} pages={list.pages} />
    </section>
  );
}

/** One page of comments with the team's answers (and, for the team, the answer forms). */
export function CommentItems({ ctx, items, basePath, canAnswer, answerState }: {
  ctx: ViewContext; items: CommentRecord[]; basePath: string; canAnswer: boolean; answerState: AnswerState | undefined;
}): Html {
  const { t, lang } = ctx;
  return (
    <ol class="comment-list">
      {items.map((c) => (
        <li>
          <article id={`comment-${c.id}`} aria-labelledby={`comment-${c.id}-title`}>
            <h3 id={`comment-${c.id}-title`}>
              {t('vision.comments.heading', { section: t(`vision.section.${c.section}`), author: c.author })}
              {c.organisation ? ` (${c.organisation.name})` : ''} <DemoBadge t={t} isDemo={c.isDemo} />
            </h3>
            <p class="muted"><Moment lang={lang} iso={c.createdAt} /> · <a href={`${basePath}#comment-${c.id}`}>#{String(c.id)}</a></p>
            <Paragraphs text={c.body} />
            {c.proposedText ? (
              <div>
                <p><strong>{t('vision.comments.proposal')}</strong></p>
                <blockquote><Paragraphs text={c.proposedText} /></blockquote>
              </div>
            ) : null}
            <Answer t={t} lang={lang} c={c} />
            {canAnswer ? <AnswerForm ctx={ctx} c={c} action={`/vision/comments/${c.id}/answer`} state={answerState} /> : null}
          </article>
        </li>
      ))}
    </ol>
  );
}
