import type { Catalog } from '../../../catalog/catalog.js';
import type { Translate } from '../../../plugins/i18n.js';
import type { Lang } from '../../../plugins/i18n.js';
import { h, Html } from '../../../web/jsx.js';
import type { PresentedLesson } from '../presenters.js';
import { Demo } from './parts.js';

export interface TagNames { dimensions: Map<string, { nl: string; en: string }> }

/** The lesson's tags as links to the filtered library, each with its name spelled out. */
export function LessonTags({ t, lang, catalog, names, lesson }: { t: Translate; lang: Lang; catalog: Catalog; names: TagNames; lesson: PresentedLesson }): Html {
  const rows: Array<[string, Array<[string, string]>]> = [
    [t('lessons.field.pillars'), lesson.pillars.map((n) => [`/lessons?pillar=${n}`, `${n}. ${catalog.pillar(n)?.name[lang] ?? ''}`])],
    [t('lessons.field.challenges'), lesson.challenges.map((n) => [`/lessons?challenge=${n}`, `${n}. ${catalog.challenge(n)?.title[lang] ?? ''}`])],
    [t('lessons.field.dimensions'), lesson.dimensions.map((d) => [`/lessons?dimension=${encodeURIComponent(d)}`, names.dimensions.get(d)?.[lang] ?? d])],
    [t('lessons.field.subsectors'), lesson.subsectors.map((s) => [`/lessons?subsector=${encodeURIComponent(s)}`, catalog.subsectors.find((x) => x.code === s)?.name[lang] ?? s])],
    [t('lessons.field.technologies'), lesson.technologies.map((s) => [`/lessons?technology=${encodeURIComponent(s.toLowerCase())}`, s])],
  ];
  const shown = rows.filter(([, tags]) => tags.length > 0);
  if (!shown.length) return new Html('');
  return (
    <dl class="facts">
      {shown.map(([label, tags]) => [
        <dt>{label}</dt>,
        <dd><ul class="tags">{tags.map(([href, text]) => <li><a class="tag" href={href}>{text}</a></li>)}</ul></dd>,
      ])}
    </dl>
  );
}

export function LessonCard({ t, lang, lesson, headingLevel }: { t: Translate; lang: Lang; lesson: PresentedLesson; headingLevel: 2 | 3 }): Html {
  const heading = <a href={`/lessons/${encodeURIComponent(lesson.code)}`} lang={lesson.language}>{lesson.title}</a>;
  return (
    <li class="card">
      {headingLevel === 2 ? <h2>{heading} <Demo t={t} isDemo={lesson.isDemo} /></h2> : <h3>{heading} <Demo t={t} isDemo={lesson.isDemo} /></h3>}
      <p lang={lesson.language}>{lesson.summary}</p>
      <dl class="facts">
        <dt>{t('lessons.field.outcome')}</dt><dd>{t(`lessons.outcome.${lesson.outcome}`)}</dd>
        <dt>{t('lessons.field.from')}</dt>
        <dd>{lesson.project ? <a href={`/projects/${encodeURIComponent(lesson.project.code)}`}>{lesson.project.title}</a> : t('lessons.source.organisation')}{lesson.organisation ? ` · ${lesson.organisation.name}` : ''}</dd>
        {lesson.published ? null : [<dt>{t('lessons.field.state')}</dt>, <dd>{t('lessons.unpublished')}</dd>]}
      </dl>
    </li>
  );
}
