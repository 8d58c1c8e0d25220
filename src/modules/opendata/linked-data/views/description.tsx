import type { Quad, Term } from 'n3';
import type { ViewContext } from '../../../../web/context.js';
import { h, type Html } from '../../../../web/jsx.js';
import { Layout } from '../../../../web/layout.js';
import { NS } from '../../rdf/namespaces.js';
import { ScrollTable } from '../../../../web/components.js';

const LABELS = [NS.rdfs + 'label', NS.skos + 'prefLabel', NS.dct + 'title', NS.eli + 'title', NS.foaf + 'name'];

/** 'http://data.vlaanderen.be/ns/besluit#Zitting' -> 'besluit:Zitting', for readers who know the vocabularies. */
export function compactIri(iri: string): string {
  let best: [string, string] | null = null;
  for (const [prefix, ns] of Object.entries(NS)) if (iri.startsWith(ns) && (!best || ns.length > best[1].length)) best = [prefix, ns];
  return best ? `${best[0]}:${iri.slice(best[1].length)}` : iri;
}

/** The best label of a subject in the reader's language, then Dutch, then any. */
export function labelOf(quads: readonly Quad[], subject: string, lang: string): string | null {
  for (const want of [lang, 'nl', '', null]) {
    for (const p of LABELS) {
      const hit = quads.find((q) => q.subject.value === subject && q.predicate.value === p && q.object.termType === 'Literal'
        && (want === null || (q.object as { language: string }).language === want));
      if (hit) return hit.object.value;
    }
  }
  return null;
}

/** Our own URIs link to their description; a URI elsewhere links to itself. */
function Value({ term, base }: { term: Term; base: string }): Html {
  if (term.termType === 'Literal') {
    const l = term as unknown as { language: string; datatype: { value: string } };
    if (l.language) return <span lang={l.language}>{term.value}</span>;
    const type = l.datatype.value === NS.xsd + 'string' ? '' : ` (${compactIri(l.datatype.value)})`;
    return <span>{term.value}<span class="muted">{type}</span></span>;
  }
  if (term.termType === 'NamedNode') {
    const href = term.value.startsWith(`${base}/id/`) ? term.value.slice(base.length).replace(/^\/id\//, '/doc/') : term.value;
    return <a href={href}>{term.value.startsWith(base) ? term.value.slice(base.length) : compactIri(term.value)}</a>;
  }
  return <span>{term.value}</span>;
}

export interface DescriptionProps {
  ctx: ViewContext; base: string; uri: string; docPath: string; quads: readonly Quad[]; page: string | null;
}

/** A readable page of one description: every statement, grouped by subject, with the other formats. */
export function DescriptionPage({ ctx, base, uri, docPath, quads, page }: DescriptionProps): Html {
  const { t } = ctx;
  const title = labelOf(quads, uri, ctx.lang) ?? uri.slice(base.length);
  const subjects = [uri, ...new Set(quads.map((q) => q.subject.value).filter((s) => s !== uri))];
  return (
    <Layout ctx={ctx} title={title} api={`${docPath}.json`}>
      <p class="muted">{t('ld.kicker')}</p>
      <h1>{title}</h1>
      <dl class="facts">
        <dt>{t('ld.uri')}</dt><dd><code>{uri}</code></dd>
      </dl>
      {page ? <p>{t('ld.pageIntro')} <a href={page}>{t('ld.page')}</a></p> : null}
      <h2 id="formats">{t('ld.formats')}</h2>
      <ul aria-labelledby="formats">
        {(['ttl', 'jsonld', 'nt', 'json'] as const).map((f) => (
          <li><a href={`${docPath}.${f}`} type={{ ttl: 'text/turtle', jsonld: 'application/ld+json', nt: 'application/n-triples', json: 'application/json' }[f]}>{t(`ld.format.${f}`)}</a></li>
        ))}
        <li><a href="/ns/context.jsonld" type="application/ld+json">{t('ld.context')}</a></li>
      </ul>
      <h2>{t('ld.statements')}</h2>
      {subjects.map((subject) => {
        const own = quads.filter((q) => q.subject.value === subject);
        if (!own.length) return null;
        const name = subject === uri ? title : subject.startsWith(uri) ? subject.slice(uri.length) : subject;
        return (
          <ScrollTable caption={t('ld.statementsOf', { subject: name })} class="data-table statements">
            <thead><tr><th scope="col">{t('ld.property')}</th><th scope="col">{t('ld.value')}</th></tr></thead>
            <tbody>{own.map((q) => (
              <tr><th scope="row"><code>{compactIri(q.predicate.value)}</code></th><td><Value term={q.object} base={base} /></td></tr>
            ))}</tbody>
          </ScrollTable>
        );
      })}
    </Layout>
  );
}
