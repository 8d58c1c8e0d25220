import type { Catalog } from '../../../catalog/catalog.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { WhyData } from '../queries/why.js';
import { subsectorName } from './participation.js';
import { Paragraphs, Progress, number, percent } from './parts.js';
import { unitLabel } from '../../monitoring/views/parts.js';

function Figures({ t, lang, data }: { t: Translate; lang: Lang; data: WhyData }): Html {
  const f = data.featured;
  return (
    <ul class="cards">
      <li class="card"><h3>{t('vision.why.figure.endorsing')}</h3><p class="big-figure">{String(f?.stats.endorsements.total ?? 0)}</p><p>{t('vision.why.figure.endorsingText')}</p></li>
      <li class="card"><h3>{t('vision.why.figure.participants')}</h3><p class="big-figure">{String(f?.stats.participation.organisations ?? 0)}</p><p>{t('vision.why.figure.participantsText', { individuals: f?.stats.participation.individuals ?? 0 })}</p></li>
      <li class="card"><h3>{t('vision.why.figure.progress')}</h3><p class="big-figure">{percent(lang, data.overallProgress)}</p><p>{t('vision.why.figure.progressText')}</p></li>
    </ul>
  );
}

function PathList({ t, lang, data, target }: { t: Translate; lang: Lang; data: WhyData; target?: string }): Html {
  return (
    <ul>
      {data.paths.map((p) => (
        <li>
          <a href={`/paths/${p.path.code}`} target={target}>{p.path.title[lang]}</a> <DemoBadge t={t} isDemo={p.path.isDemo} />:{' '}
          {p.path.links.length === 0
            ? <strong>{t('vision.why.noAction')}</strong>
            : [t('vision.why.pathLines', { count: p.lines.length }), ', ', <Progress t={t} lang={lang} value={p.progress} />]}
        </li>
      ))}
    </ul>
  );
}

/** The vision, the paths and the progress in plain language, with the figures drawn live from the platform. */
export function WhyPage({ ctx, catalog, data, embedUrl }: { ctx: ViewContext; catalog: Catalog; data: WhyData; embedUrl: string }): Html {
  const { t, lang } = ctx;
  const f = data.featured;
  const snippet = `<iframe src="${embedUrl}" title="${t('vision.embed.frameTitle')}" width="100%" height="640" loading="lazy"></iframe>`;
  return (
    <Layout ctx={ctx} title={t('vision.why.title')} crumbs={[[t('nav.vision'), '/vision']]} api="/api/vision/why">
      <h1>{t('vision.why.title')}</h1>
      <p class="lead">{t('vision.why.lead')}</p>
      {f ? (
        <div>
          <p>{t('vision.why.source')} <a href={`/vision/${f.vision.code}/rounds/${f.round.number}`}>{f.vision.title[lang]}</a> ({t('vision.round.name', { n: f.round.number })}) <DemoBadge t={t} isDemo={f.vision.isDemo} /></p>
          <h2>{t('vision.why.whyTitle')}</h2>
          <Paragraphs text={f.round.sections.why[lang]} />
          <h2>{t('vision.why.stateTitle')}</h2>
          <Paragraphs text={f.round.sections.desired_state[lang]} />
        </div>
      ) : <p>{t('vision.why.noVision')}</p>}
      <h2>{t('vision.why.figuresTitle')}</h2>
      <Figures t={t} lang={lang} data={data} />
      <h2>{t('vision.why.pathsTitle')}</h2>
      <p>{t('vision.why.pathsLead')}</p>
      <PathList t={t} lang={lang} data={data} />
      {f && f.stats.endorsements.total > 0 ? (
        <ScrollTable caption={t('vision.endorsements.bySubsector')} class="data-table">
          <thead><tr><th scope="col">{t('vision.subsector')}</th><th scope="col">{t('vision.endorsements.organisations')}</th></tr></thead>
          <tbody>{f.stats.endorsements.bySubsector.map((e) => <tr><th scope="row">{subsectorName(catalog, lang, e.key)}</th><td>{String(e.organisations)}</td></tr>)}</tbody>
        </ScrollTable>
      ) : null}
      {data.kpis.length ? (
        <ScrollTable caption={t('vision.why.kpiCaption')} class="data-table">
          <thead><tr><th scope="col">{t('vision.why.kpi')}</th><th scope="col">{t('vision.why.latest')}</th><th scope="col">{t('vision.why.target')}</th></tr></thead>
          <tbody>
            {data.kpis.map((k) => (
              <tr>
                <th scope="row"><a href={`/kpis/${k.code}`}>{k.name[lang]}</a> <DemoBadge t={t} isDemo={k.isDemo} /></th>
                <td>{k.latest ? `${number(lang, k.latest.value)} ${unitLabel(t, k.unit)} (${k.latest.period})` : t('vision.paths.noMeasurement')}</td>
                <td>{k.target ? `${number(lang, k.target.value)} ${unitLabel(t, k.unit)} (${k.target.year})` : '—'}</td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      ) : null}
      {f ? (
        <div>
          <h2>{t('vision.why.principlesTitle')}</h2>
          <Paragraphs text={f.round.sections.principles[lang]} />
          {f.round.status === 'open' ? <p><a class="button" href={`/vision/${f.vision.code}#comment-form`}>{t('vision.why.takePart')}</a></p> : null}
        </div>
      ) : null}
      <section aria-labelledby="embed-title">
        <h2 id="embed-title">{t('vision.embed.title')}</h2>
        <p>{t('vision.embed.lead')}</p>
        <label for="embed-snippet">{t('vision.embed.snippet')}</label>
        <textarea id="embed-snippet" readonly rows={3} class="snippet">{snippet}</textarea>
        <p><a href={embedUrl}>{t('vision.embed.preview')}</a> · <a href="/api/vision/why">{t('vision.embed.json')}</a></p>
      </section>
    </Layout>
  );
}

/**
 * The embeddable version: a small, standalone, accessible page without the site's navigation.
 * Its addresses are relative: inside a partner's frame they still resolve to this site.
 */
export function EmbedPage({ t, lang, data }: { t: Translate; lang: Lang; data: WhyData }): Html {
  const f = data.featured;
  const first = f?.round.sections.why[lang].split(/\n\s*\n/)[0] ?? '';
  const doc = (
    <html lang={lang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <title>{t('vision.embed.frameTitle')}</title>
        <link rel="stylesheet" href="/static/styles.css" />
      </head>
      <body>
        <main class="wrap embed">
          <h1>{t('vision.why.title')}</h1>
          {f ? <p>{first} <DemoBadge t={t} isDemo={f.vision.isDemo} /></p> : <p>{t('vision.why.noVision')}</p>}
          <h2>{t('vision.why.figuresTitle')}</h2>
          <Figures t={t} lang={lang} data={data} />
          <h2>{t('vision.why.pathsTitle')}</h2>
          <PathList t={t} lang={lang} data={data} target="_blank" />
          <p><a href={`/vision/why?lang=${lang}`} target="_blank" rel="noopener">{t('vision.embed.more')}</a></p>
          <p class="source">{t('vision.embed.credit')}</p>
        </main>
      </body>
    </html>
  );
  return new Html('<!doctype html>' + doc.value);
}
