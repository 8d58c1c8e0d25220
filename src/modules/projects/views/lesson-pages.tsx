import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { FilterSelect, Pagination } from '../../../web/components.js';
import { Csrf } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { LESSON_OUTCOMES } from '../constants.js';
import type { PresentedLesson } from '../presenters.js';
import type { LessonListQuery } from '../schemas.js';
import { LessonCard, LessonTags, type TagNames } from './lesson-parts.js';
import { ActionError, Demo, Paragraphs, SavedNotice, moment } from './parts.js';

export function LessonListPage({ ctx, catalog, names, technologies, items, total, page, pages, query, drafts, canWrite }: {
  ctx: ViewContext; catalog: Catalog; names: TagNames; technologies: string[]; items: PresentedLesson[]; total: number; page: number; pages: number;
  query: LessonListQuery; drafts: PresentedLesson[]; canWrite: boolean;
}): Html {
  const { t, lang } = ctx;
  const title = t('lessons.list.title');
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{t('lessons.list.lead')}</p>
      {canWrite ? <p><a class="button button-secondary" href="/lessons/new">{t('lessons.list.write')}</a></p> : null}
      {drafts.length ? (
        <section aria-labelledby="drafts-title">
          <h2 id="drafts-title">{t('lessons.list.drafts')}</h2>
          <ul class="cards">{drafts.map((l) => <LessonCard t={t} lang={lang} lesson={l} headingLevel={3} />)}</ul>
        </section>
      ) : null}
      <form method="get" action="/lessons" class="filters" aria-label={t('list.filters')}>
        <FilterSelect name="pillar" label={t('lessons.filter.pillar')} value={query.pillar} all={t('list.all')} options={catalog.pillars.map((p) => [String(p.number), `${p.number}. ${p.name[lang]}`])} />
        <FilterSelect name="challenge" label={t('lessons.filter.challenge')} value={query.challenge} all={t('list.all')} options={catalog.challenges.map((c) => [String(c.number), `${c.number}. ${c.title[lang]}`])} />
        <FilterSelect name="dimension" label={t('lessons.filter.dimension')} value={query.dimension} all={t('list.all')} options={[...names.dimensions].map(([code, name]) => [code, name[lang]])} />
        <FilterSelect name="subsector" label={t('lessons.filter.subsector')} value={query.subsector} all={t('list.all')} options={catalog.subsectors.map((s) => [s.code, s.name[lang]])} />
        <FilterSelect name="technology" label={t('lessons.filter.technology')} value={query.technology?.toLowerCase()} all={t('list.all')} options={technologies.map((x) => [x, x])} />
        <FilterSelect name="outcome" label={t('lessons.filter.outcome')} value={query.outcome} all={t('list.all')} options={LESSON_OUTCOMES.map((o) => [o, t(`lessons.outcome.${o}`)])} />
        <FilterSelect name="source" label={t('lessons.filter.source')} value={query.source} all={t('list.all')} options={[['project', t('lessons.source.project')], ['organisation', t('lessons.source.organisation')]]} />
        {query.lang ? <input type="hidden" name="lang" value={query.lang} /> : null}
        <div><button type="submit" class="button">{t('list.apply')}</button></div>
      </form>
      <p class="result-count" role="status">{t('list.count', { count: total })}</p>
      {items.length === 0 ? <p>{t('list.none')}</p> : <ul class="cards">{items.map((l) => <LessonCard t={t} lang={lang} lesson={l} headingLevel={2} />)}</ul>}
      <Pagination t={t} path="/lessons" query={query} page={page} pages={pages} />
      <p><a href={`/api/lessons${ctx.url.includes('?') ? ctx.url.slice(ctx.url.indexOf('?')) : ''}`}>{t('common.asJson')}</a></p>
    </Layout>
  );
}

export function LessonPage({ ctx, catalog, names, lesson, canEdit, canPublish, notice, actionError }: {
  ctx: ViewContext; catalog: Catalog; names: TagNames; lesson: PresentedLesson; canEdit: boolean; canPublish: boolean; notice?: string | undefined; actionError?: string | undefined;
}): Html {
  const { t, lang } = ctx;
  const code = encodeURIComponent(lesson.code);
  return (
    <Layout ctx={ctx} title={lesson.title} crumbs={[[t('lessons.list.title'), '/lessons']]}>
      <h1 lang={lesson.language}>{lesson.title} <Demo t={t} isDemo={lesson.isDemo} /></h1>
      <SavedNotice t={t} notice={notice} draftKey={notice === 'lessonSaved' ? `lesson-${lesson.code}` : notice === 'lessonCreated' ? 'lesson-new' : undefined} />
      <ActionError message={actionError} />
      {!lesson.published ? <p class="notice">{lesson.source === 'project' ? t('lessons.unpublishedProject') : t('lessons.unpublishedOrganisation')}</p> : null}
      <dl class="facts">
        <dt>{t('lessons.field.outcome')}</dt><dd>{t(`lessons.outcome.${lesson.outcome}`)}</dd>
        <dt>{t('lessons.field.from')}</dt>
        <dd>{lesson.project ? <a href={`/projects/${encodeURIComponent(lesson.project.code)}`}>{lesson.project.title}</a> : t('lessons.source.organisation')}</dd>
        {lesson.organisation ? [<dt>{t('lessons.field.organisation')}</dt>, <dd>{lesson.organisation.name} <Demo t={t} isDemo={lesson.organisation.isDemo} /></dd>] : null}
        {lesson.publishedAt ? [<dt>{t('lessons.field.publishedAt')}</dt>, <dd>{moment(lang, lesson.publishedAt)}</dd>] : null}
      </dl>
      <h2>{t('lessons.field.summary')}</h2>
      <Paragraphs text={lesson.summary} lang={lesson.language} />
      <h2>{t('lessons.field.whatWorked')}</h2>
      <Paragraphs text={lesson.whatWorked} lang={lesson.language} />
      <h2>{t('lessons.field.whatFailed')}</h2>
      <Paragraphs text={lesson.whatFailed} lang={lesson.language} />
      <h2>{t('lessons.field.details')}</h2>
      {lesson.details === null ? <p class="muted">{t('lessons.detailsWithheld')}</p>
        : lesson.details ? [
          !lesson.publishDetails ? <p class="hint">{t('lessons.detailsInternal')}</p> : null,
          <Paragraphs text={lesson.details} lang={lesson.language} />,
        ] : <p class="muted">{t('lessons.noDetails')}</p>}
      <h2>{t('lessons.tags')}</h2>
      <LessonTags t={t} lang={lang} catalog={catalog} names={names} lesson={lesson} />
      {canEdit || canPublish ? (
        <div class="actions">
          {canEdit ? <a class="button button-secondary" href={`/lessons/${code}/edit`}>{t('lessons.edit')}</a> : null}
          {canPublish ? (
            <form method="post" action={`/lessons/${code}/publish`} class="inline-form">
              <Csrf token={ctx.csrfToken} />
              <input type="hidden" name="version" value={String(lesson.version)} />
              <button type="submit" class="button">{t('lessons.publish')}</button>
            </form>
          ) : null}
        </div>
      ) : null}
      <p><a href={`/api/lessons/${code}`}>{t('common.asJson')}</a></p>
    </Layout>
  );
}
