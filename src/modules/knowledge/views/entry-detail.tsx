import type { Catalog } from '../../../catalog/catalog.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { Csrf } from '../../../web/forms.js';
import { Fragment, h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';

void Fragment;
import { PillarLink } from './case-parts.js';
import { subsectorName } from './labels.js';

/** What every entry a support actor publishes (a funding or a learning opportunity) has in common. */
export interface EntryCommon {
  title_nl: string; title_en: string; summary_nl: string; summary_en: string; is_demo: boolean; version: number;
  provider_code: string | null; provider_name: string; subsectors: string[]; pillars: number[]; url: string | null;
}

/** Where an entry lives: `/funding/<code>` with its list, the list's name and the entry's JSON. */
export interface EntryPlace { path: string; list: string; listLabel: string; allLabel: string; api: string; draftKey: string }

/** The provider fact: a link to the actor when the provider is one of the platform's actors. */
export function ProviderFact({ label, item }: { label: string; item: Pick<EntryCommon, 'provider_code' | 'provider_name'> }): Html {
  return <>{[<dt>{label}</dt>, <dd>{item.provider_code ? <a href={`/actors/${item.provider_code}`}>{item.provider_name}</a> : item.provider_name}</dd>]}</>;
}

/**
 * The detail page of a funding or learning opportunity: title, notices, the facts of its kind
 * (`facts`), the tags they share, what follows the facts (`after`) and the editor's actions.
 * One page for both, so that they read alike and a fix reaches both.
 */
export function EntryDetailPage({ ctx, catalog, item, place, facts, after, canEdit, notice, actionError }: {
  ctx: ViewContext; catalog: Catalog; item: EntryCommon; place: EntryPlace; facts: Html; after?: Html | null;
  canEdit: boolean; notice?: string | undefined; actionError?: string | undefined;
}): Html {
  const { t, lang } = ctx;
  const title = lang === 'nl' ? item.title_nl : item.title_en;
  const summary = lang === 'nl' ? item.summary_nl : item.summary_en;
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('knowledge.hub.title'), '/knowledge'], [place.listLabel, place.list]]}>
      <h1>{title}{item.is_demo ? [' ', <DemoBadge t={t} isDemo />] : null}</h1>
      {item.is_demo ? <div class="notice notice-demo"><p>{t('knowledge.demoNotice')}</p></div> : null}
      {notice ? <div class="notice notice-success" role="status" data-draft-saved={place.draftKey}><p>{t(notice)}</p></div> : null}
      {actionError ? <div class="notice notice-error" role="alert"><p>{actionError}</p></div> : null}
      {summary ? <p class="lead">{summary}</p> : null}
      <dl class="facts">
        {facts}
        {item.subsectors.length ? [<dt>{t('knowledge.subsectors')}</dt>, <dd>{item.subsectors.map((s) => subsectorName(catalog, s, lang)).join(', ')}</dd>] : null}
        {item.pillars.length ? [<dt>{t('knowledge.pillars')}</dt>, <dd>{item.pillars.map((p, i) => [i ? ', ' : '', <PillarLink catalog={catalog} number={p} lang={lang} />])}</dd>] : null}
        {item.url ? [<dt>{t('cases.website')}</dt>, <dd><a href={item.url} rel="external noopener">{item.url} ({t('cases.external')})</a></dd>] : null}
      </dl>
      {after ?? null}
      {canEdit ? (
        <div class="actions">
          <a class="button" href={`${place.path}/edit`}>{t('knowledge.edit')}</a>
          <form method="post" action={`${place.path}/retire`} class="inline-form">
            <Csrf token={ctx.csrfToken} />
            <input type="hidden" name="version" value={String(item.version)} />
            <button type="submit" class="link-button">{t('knowledge.retire')}</button>
          </form>
        </div>
      ) : null}
      <p><a href={place.list}>{place.allLabel}</a> · <a href={place.api}>{t('common.asJson')}</a></p>
    </Layout>
  );
}
