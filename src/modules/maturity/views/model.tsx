import type { ViewContext } from '../../../web/context.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { MaturityModel } from '../model.js';
import type { PublishProblem } from '../publish-rules.js';
import type { HistoryEntry, Mapping, ModelHead, ModelSummary } from '../queries.js';
import { DimensionSection } from './dimension-section.js';
import { DraftPanel } from './draft-panel.js';
import { DateText, LevelTable, StatusBadge } from './parts.js';

/** What the transition team needs beside a draft to edit it. */
export interface EditState { rowVersion: number; problems: PublishProblem[]; previous: { version: number; codes: string[] } | null; history: HistoryEntry[] }

export interface ModelPageProps {
  ctx: ViewContext; head: ModelHead; model: MaturityModel; mappings: Mapping[]; versions: ModelSummary[]; current: ModelHead | undefined;
  edit: EditState | null; notice?: Html | undefined; conflict?: boolean;
}

/** One version of the model, readable by everyone; a draft also carries the team's editing tools. */
export function ModelPage({ ctx, head, model, mappings, versions, current, edit, notice, conflict }: ModelPageProps) {
  const { t, lang } = ctx;
  const isCurrent = current?.id === head.id;
  const title = t('maturity.model.titleVersion', { version: head.version });
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('maturity.landing.title'), '/maturity'], [t('maturity.versions.title'), '/maturity/models']]}
      api={`/api/maturity/models/${head.version}`}>
      <h1>{title} <StatusBadge t={t} status={head.status} /></h1>
      {notice ?? null}
      {conflict ? <div class="notice notice-error" role="alert" id="stale-notice"><p>{t('maturity.staleButton')}</p></div> : null}
      {isCurrent ? <p class="lead">{t('maturity.model.currentLead')}</p> : null}
      {head.status === 'retired' ? (
        <div class="notice"><p>{t('maturity.model.retiredNotice')} {current ? <a href="/maturity/model">{t('maturity.model.toCurrent', { version: current.version })}</a> : null}</p></div>
      ) : null}
      {head.status === 'draft' ? <div class="notice notice-demo"><p>{t('maturity.model.draftNotice')}</p></div> : null}
      <dl class="facts">
        <dt>{t('maturity.versions.status')}</dt><dd>{t(`maturity.status.${head.status}`)}</dd>
        <dt>{t('maturity.versions.published')}</dt><dd><DateText lang={lang} date={head.publishedAt} /></dd>
        {head.basedOn ? [<dt>{t('maturity.versions.basedOn')}</dt>, <dd><a href={`/maturity/models/${head.basedOn}`}>{t('maturity.versionN', { version: head.basedOn })}</a></dd>] : null}
        <dt>{t('maturity.model.size')}</dt>
        <dd>{t('maturity.model.sizeText', { dimensions: model.dimensions.length, questions: model.questions.size, quick: [...model.questions.values()].filter((q) => q.quickScan).length })}</dd>
      </dl>
      {head.note[lang] ? <p>{head.note[lang]}</p> : null}
      <VersionSelector ctx={ctx} versions={versions} shown={head.version} />
      <p><a href={`/api/maturity/models/${head.version}/questions.csv`} download>{t('maturity.model.downloadCsv')}</a></p>

      {edit ? <DraftPanel ctx={ctx} head={head} edit={edit} /> : null}

      <nav aria-labelledby="toc-title">
        <h2 id="toc-title">{t('maturity.model.contents')}</h2>
        <ol>
          <li><a href="#levels">{t('maturity.model.levelsTitle')}</a></li>
          {model.dimensions.map((d) => <li><a href={`#dim-${d.code}`}>{d.name[lang] || d.code}</a></li>)}
        </ol>
      </nav>

      <h2 id="levels">{t('maturity.model.levelsTitle')}</h2>
      <p>{t('maturity.landing.levelsIntro')}</p>
      <LevelTable t={t} lang={lang} levels={model.levels} caption={t('maturity.levelsCaption')} />
      {edit ? <p><a class="button button-secondary" href={`/maturity/models/${head.version}/levels`}>{t('maturity.edit.levels')}</a></p> : null}
      {model.dimensions.map((d, i) => (
        <DimensionSection ctx={ctx} version={head.version} dimension={d} levels={model.levels} edit={edit} index={i} count={model.dimensions.length} />
      ))}
      {mappings.length ? [
        <h2 id="mappings">{t('maturity.mappings.title')}</h2>,
        <p>{t('maturity.mappings.readIntro')}</p>,
        <ul>{mappings.map((m) => <li>{t('maturity.mappings.item', { from: m.from, version: m.fromVersion, to: m.to })}</li>)}</ul>,
      ] : null}
    </Layout>
  );
}

/** Every version the reader may see, as links; the shown one is marked. */
function VersionSelector({ ctx, versions, shown }: { ctx: ViewContext; versions: ModelSummary[]; shown: number }) {
  const { t } = ctx;
  if (versions.length < 2) return new Html('');
  return (
    <nav aria-label={t('maturity.model.otherVersions')}>
      <p>{t('maturity.model.otherVersions')}:</p>
      <ul class="tags">
        {versions.map((v) => (
          <li>{v.version === shown
            ? <span class="tag" aria-current="page">{t('maturity.versionN', { version: v.version })} ({t(`maturity.status.${v.status}`)})</span>
            : <a class="tag" href={`/maturity/models/${v.version}`}>{t('maturity.versionN', { version: v.version })} ({t(`maturity.status.${v.status}`)})</a>}</li>
        ))}
      </ul>
    </nav>
  );
}
