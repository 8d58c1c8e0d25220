import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { Mine } from '../editor-queries.js';

/** An editor's own entries, grouped by kind, with the links to add more. */
export function MinePage({ ctx, mine }: { ctx: ViewContext; mine: Mine }): Html {
  const { t, lang } = ctx;
  const may = mine.all || mine.actors.length > 0;
  const groups = (['case', 'learning', 'funding'] as const).map((kind) => ({ kind, entries: mine.entries.filter((e) => e.kind === kind) }));
  return (
    <Layout ctx={ctx} title={t('knowledge.mine.title')} crumbs={[[t('knowledge.hub.title'), '/knowledge']]}>
      <h1>{t('knowledge.mine.title')}</h1>
      {mine.all ? <p class="lead">{t('knowledge.mine.team')}</p>
        : mine.actors.length ? <p class="lead">{t('knowledge.mine.actors', { list: mine.actors.map((a) => a.name).join(', ') })}</p>
          : <p class="lead">{t('knowledge.mine.none')}</p>}
      {may ? (
        <div class="actions">
          <a class="button" href="/cases/new">{t('knowledge.mine.newCase')}</a>
          <a class="button" href="/learning/new">{t('knowledge.mine.newLearning')}</a>
          <a class="button" href="/funding/new">{t('knowledge.mine.newFunding')}</a>
        </div>
      ) : null}
      {groups.map((g) => (
        <section aria-labelledby={`mine-${g.kind}`}>
          <h2 id={`mine-${g.kind}`}>{t(`knowledge.mine.${g.kind}`)}</h2>
          {g.entries.length === 0 ? <p>{t('knowledge.mine.empty')}</p> : (
            <div class="table-scroll">
              <table>
                <thead><tr><th scope="col">{t('knowledge.mine.entry')}</th><th scope="col">{t('knowledge.mine.actor')}</th><th scope="col"><span class="visually-hidden">{t('knowledge.mine.actions')}</span></th></tr></thead>
                <tbody>
                  {g.entries.map((e) => (
                    <tr>
                      <td><a href={e.href}>{e.title[lang]}</a>{e.isDemo ? [' ', <DemoBadge t={t} isDemo />] : null}</td>
                      <td>{e.actor || t('knowledge.mine.teamOwned')}</td>
                      <td><a href={e.editHref}>{t('knowledge.edit')}<span class="visually-hidden">: {e.title[lang]}</span></a></td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </section>
      ))}
    </Layout>
  );
}
