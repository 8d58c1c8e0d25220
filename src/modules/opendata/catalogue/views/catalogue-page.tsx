import type { Translate } from '../../../../plugins/i18n.js';
import type { ViewContext } from '../../../../web/context.js';
import { h } from '../../../../web/jsx.js';
import { Layout } from '../../../../web/layout.js';
import type { DatasetKey } from '../../entity-type.js';
import { CONTACT_EMAIL, DATASET_INFO, LICENCE, PUBLISHER } from '../datasets.js';
import type { DistributionInfo } from '../distributions.js';
import { Day } from '../../../../web/day.js';

export interface CatalogueDatasetView {
  key: DatasetKey;
  modified: Date | null;
  distributions: DistributionInfo[];
}

const FORMAT_NAMES: Record<string, string> = { CSV: 'CSV', RDF_N_TRIPLES: 'N-Triples', JSON: 'JSON' };
const formatName = (d: DistributionInfo) => FORMAT_NAMES[d.format.split('/').pop() ?? ''] ?? d.format;

function distributionTitle(text: Translate, d: DistributionInfo): string {
  if (d.id === 'maturity-aggregates-csv') return text('catalogue.aggregatesCsv');
  if (d.id.endsWith('-csv')) return text('catalogue.csvOf', { type: d.id.slice(0, -4) });
  if (d.id.endsWith('-nt')) return text('catalogue.datasetNt');
  return text('catalogue.apiDistribution');
}

/** The catalogue as a page: what each dataset holds, how often it changes, where to get it. */
/** `text` translates the catalogue's own messages (messages/ beside it); the layout uses the shared ones. */
export function CataloguePage({ ctx, text, datasets }: { ctx: ViewContext; text: Translate; datasets: CatalogueDatasetView[] }) {
  const { lang } = ctx;
  return (
    <Layout ctx={ctx} title={text('catalogue.title')} api={null}>
      <h1>{text('catalogue.title')}</h1>
      <p class="lead">{text('catalogue.lead')}</p>
      <dl class="facts">
        <dt>{text('catalogue.publisher')}</dt>
        <dd>{PUBLISHER.name[lang]}</dd>
        <dt>{text('catalogue.licence')}</dt>
        <dd>{text('catalogue.licenceText', { licence: LICENCE.title[lang] })} <a href={LICENCE.uri} hreflang="nl">{LICENCE.title[lang]}</a></dd>
      </dl>
      <p>{text('catalogue.contact', { email: CONTACT_EMAIL })}</p>
      <h2>{text('catalogue.formats')}</h2>
      <ul>
        <li><a href="/catalogue.ttl" type="text/turtle">{text('catalogue.turtle')}</a></li>
        <li><a href="/catalogue.jsonld" type="application/ld+json">{text('catalogue.jsonld')}</a></li>
        <li><a href="/catalogue.ttl?profile=dcat-ap" type="text/turtle">{text('catalogue.euProfile')}</a></li>
      </ul>
      <h2>{text('catalogue.dumps')}</h2>
      <ul>
        <li><a href="/dumps/all.nt" type="application/n-triples">{text('catalogue.allNt')}</a></li>
        <li><a href="/api/docs">{text('catalogue.api')}</a></li>
      </ul>
      <h2>{text('catalogue.datasets')}</h2>
      {datasets.map(({ key, modified, distributions }) => {
        const info = DATASET_INFO[key];
        const files = distributions.filter((d) => d.download);
        return (
          <section aria-labelledby={`dataset-${key}`}>
            <h3 id={`dataset-${key}`}>{info.title[lang]}</h3>
            <p>{info.description[lang]}</p>
            <dl class="facts">
              <dt>{text('catalogue.frequency')}</dt>
              <dd>{text(`catalogue.freq.${info.frequency}`)}</dd>
              {modified ? <dt>{text('catalogue.modified')}</dt> : null}
              {modified ? <dd><Day lang={lang} iso={modified.toISOString()} /></dd> : null}
              <dt>{text('catalogue.keywords')}</dt>
              <dd>{info.keywords[lang].join(', ')}</dd>
            </dl>
            <p><a href={info.landingPage}>{text('catalogue.browse')}: {info.title[lang]}</a></p>
            {files.length ? (
              <div class="table-scroll" tabindex="0" role="region" aria-label={`${text('catalogue.distributions')}: ${info.title[lang]}`}>
                <table class="data-table">
                  <caption>{text('catalogue.distributions')}: {info.title[lang]}</caption>
                  <thead><tr><th scope="col">{text('catalogue.distribution')}</th><th scope="col">{text('catalogue.format')}</th><th scope="col">{text('catalogue.address')}</th></tr></thead>
                  <tbody>
                    {distributions.map((d) => (
                      <tr>
                        <th scope="row">{distributionTitle(text, d)}</th>
                        <td>{formatName(d)}</td>
                        <td><a href={d.path}><code>{d.path}</code></a></td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            ) : <p>{text('catalogue.notYet')}</p>}
          </section>
        );
      })}
    </Layout>
  );
}
