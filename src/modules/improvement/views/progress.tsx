import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { h, Html, raw } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { OrganisationAccess } from '../../organisations/access.js';
import { progressChart } from '../chart.js';
import type { Flag } from '../flags.js';
import type { ProgressView } from '../progress.js';
import type { OrganisationRecord } from '../queries.js';
import { day, text } from '../sentences.js';
import { DemoNotice, OrgNav } from './parts.js';

export function ProgressPage({ ctx, organisation: org, access, progress }: { ctx: ViewContext; organisation: OrganisationRecord; access: OrganisationAccess; progress: ProgressView }) {
  const { t, lang } = ctx;
  const title = t('improvement.progress.title', { organisation: org.name });
  const dates = progress.assessments.map((a) => day(lang, a.submittedOn));
  const name = (code: string) => text(progress.dimensions.find((d) => d.code === code)?.name, lang) || code;
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('improvement.crumb.organisations'), '/organisations'], [org.name, `/organisations/${org.id}`]]}>
      <h1>{title} <DemoBadge t={t} isDemo={org.isDemo} /></h1>
      <OrgNav t={t} id={org.id} current="progress" showCoaches={access.role !== null} coach={access.coach} />
      <DemoNotice t={t} isDemo={org.isDemo} />
      {progress.assessments.length === 0 ? <div class="notice"><p>{t('improvement.noResult')}</p><p><a href={`/organisations/${org.id}/assessments`}>{t('improvement.noResultLink')}</a></p></div> : [
        <p class="lead">{t('improvement.progress.lead', { count: progress.assessments.length })}</p>,
        <section aria-labelledby="flags-title">
          <h2 id="flags-title">{t('improvement.flags.title')}</h2>
          <p>{t('improvement.flags.lead')}</p>
          {progress.flags.length === 0 ? <p>{t('improvement.flags.none')}</p> : <ul>{progress.flags.map((f) => <li>{flagText(ctx, f, name)}</li>)}</ul>}
        </section>,
        <h2>{t('improvement.progress.perDimension')}</h2>,
        ...progress.dimensions.map((d) => (
          <section aria-labelledby={`dim-${d.code}`} class="card">
            <h3 id={`dim-${d.code}`}>{text(d.name, lang)}</h3>
            <figure class="chart" role="img" aria-label={t('improvement.progress.chartLabel', { dimension: text(d.name, lang) })}>
              {raw(progressChart(d, { level: t('improvement.col.level'), target: t('improvement.col.target'), dates }))}
            </figure>
            <ScrollTable caption={t('improvement.progress.caption', { dimension: text(d.name, lang) })} class="data-table">
              <thead><tr><th scope="col">{t('improvement.col.date')}</th><th scope="col">{t('improvement.col.kind')}</th><th scope="col">{t('improvement.col.level')}</th><th scope="col">{t('improvement.col.target')}</th></tr></thead>
              <tbody>
                {d.points.map((p) => (
                  <tr>
                    <th scope="row"><time datetime={p.date}>{day(lang, p.date)}</time></th>
                    <td>{t(`improvement.kind.${p.kind}`)}</td>
                    <td>{p.level === null ? t('improvement.progress.notAnswered') : String(p.level)}</td>
                    <td>{p.target === null ? '—' : String(p.target)}</td>
                  </tr>
                ))}
              </tbody>
            </ScrollTable>
          </section>
        )),
      ]}
    </Layout>
  );
}

/** Neutral wording: an invitation to look again, not a verdict. */
function flagText(ctx: ViewContext, f: Flag, name: (code: string) => string): string {
  const { t } = ctx;
  switch (f.kind) {
    case 'jump': return t(f.to > f.from ? 'improvement.flags.jumpUp' : 'improvement.flags.jumpDown', { dimension: name(f.dimension), from: f.from, to: f.to });
    case 'allTop': return t(f.basis === 'levels' ? 'improvement.flags.allTopLevels' : 'improvement.flags.allTopAnswers');
    case 'noEvidence': return t('improvement.flags.noEvidence', { dimension: name(f.dimension), level: f.level });
    case 'disagreement': return t('improvement.flags.disagreement', { dimension: name(f.dimension), min: f.min, max: f.max });
  }
}

export type { Html };
