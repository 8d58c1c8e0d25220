import type { ViewContext } from '../../../web/context.js';
import { FilterSelect, Pagination, ScrollTable } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { PROJECT_STATUSES } from '../constants.js';
import type { presentProject } from '../presenters.js';
import type { ProjectFilterOptions } from '../queries/projects.js';
import type { ProjectListQuery } from '../schemas.js';
import { Day, Demo, money } from './parts.js';

type Item = ReturnType<typeof presentProject>;

export function ProjectListPage({ ctx, items, total, page, pages, query, options }: {
  ctx: ViewContext; items: Item[]; total: number; page: number; pages: number; query: ProjectListQuery; options: ProjectFilterOptions;
}): Html {
  const { t, lang } = ctx;
  const title = t('projects.list.title');
  return (
    <Layout ctx={ctx} title={title}>
      <h1>{title}</h1>
      <p class="lead">{t('projects.list.lead')}</p>
      <form method="get" action="/projects" class="filters" aria-label={t('list.filters')}>
        <FilterSelect name="call" label={t('projects.field.call')} value={query.call} all={t('list.all')} options={options.calls.map((c) => [c.code, c.title[lang]])} />
        <FilterSelect name="instrument" label={t('projects.field.instrument')} value={query.instrument} all={t('list.all')} options={options.instruments.map((i) => [i.code, i.name[lang]])} />
        <FilterSelect name="status" label={t('projects.field.status')} value={query.status} all={t('list.all')} options={PROJECT_STATUSES.map((s) => [s, t(`projects.status.${s}`)])} />
        <FilterSelect name="year" label={t('projects.field.year')} value={query.year} all={t('list.all')} options={options.years.map((y) => [String(y), String(y)])} />
        {query.lang ? <input type="hidden" name="lang" value={query.lang} /> : null}
        <div><button type="submit" class="button">{t('list.apply')}</button></div>
      </form>
      <p class="result-count" role="status">{t('list.count', { count: total })}</p>
      {items.length === 0 ? <p>{t('list.none')}</p> : (
        <ScrollTable caption={title} class="data-table" captionClass="visually-hidden">
          <thead>
            <tr>
              <th scope="col">{t('projects.field.code')}</th><th scope="col">{t('projects.field.title')}</th><th scope="col">{t('projects.field.lead')}</th>
              <th scope="col">{t('projects.field.call')}</th><th scope="col">{t('projects.field.instrument')}</th>
              <th scope="col">{t('projects.field.granted')}</th><th scope="col">{t('projects.field.period')}</th><th scope="col">{t('projects.field.status')}</th>
            </tr>
          </thead>
          <tbody>
            {items.map((p) => (
              <tr>
                <td><a href={`/projects/${encodeURIComponent(p.code)}`}>{p.code}</a></td>
                <td>{p.title} <Demo t={t} isDemo={p.isDemo} /></td>
                <td>{p.lead.name}</td>
                <td>{p.call.title[lang]}</td>
                <td>{p.instrument.name[lang]}</td>
                <td class="num">{money(lang, p.grantedEur)}</td>
                <td><Day lang={lang} iso={p.startsOn} /> – <Day lang={lang} iso={p.endsOn} /></td>
                <td>{t(`projects.status.${p.status}`)}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <Pagination t={t} path="/projects" query={query} page={page} pages={pages} />
      <p><a href="/lessons">{t('projects.list.toLessons')}</a></p>
      <p><a href={`/api/projects${ctx.url.includes('?') ? ctx.url.slice(ctx.url.indexOf('?')) : ''}`}>{t('common.asJson')}</a></p>
    </Layout>
  );
}
