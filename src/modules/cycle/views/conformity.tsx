import type { Catalog } from '../../../catalog/catalog.js';
import { principalOf } from '../../../plugins/auth.js';
import { can } from '../../../plugins/permissions.js';
import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { ConformityRecord } from '../queries.js';
import { DateText, SavedNotice } from './parts.js';
import { ScrollTable } from '../../../web/components.js';

const STATUS_CLASS: Record<string, string> = { absent: 'badge badge-gap', planned: 'badge badge-weak', included: 'badge badge-covered' };

export function ConformityPage({ ctx, catalog, clauses, notice }: { ctx: ViewContext; catalog: Catalog; clauses: ConformityRecord[]; notice?: string | undefined }) {
  const { t, lang } = ctx;
  const principal = principalOf(ctx.user);
  const canEdit = can(principal, 'cycle.editConformity');
  const groups = new Map<number, ConformityRecord[]>();
  for (const c of clauses) groups.set(c.actorId, [...(groups.get(c.actorId) ?? []), c]);
  const actors = [...groups.keys()].map((id) => catalog.actors.get(id)).filter((a) => a !== undefined)
    .sort((a, b) => a!.name.localeCompare(b!.name, lang));
  const counts = { absent: 0, planned: 0, included: 0 };
  for (const c of clauses) counts[c.status]++;
  return (
    <Layout ctx={ctx} title={t('cycle.conformity.title')} crumbs={[[t('cycle.lines.title'), '/action-lines']]}>
      <h1>{t('cycle.conformity.title')}</h1>
      <SavedNotice t={t} notice={notice} draftKey={notice === 'cycle.saved.conformityCreated' ? 'conformity:new' : clauses.map((c) => `conformity:${c.id}`).join(' ')} />
      <p class="lead">{t('cycle.conformity.lead')}</p>
      <p>{t('cycle.conformity.summary', { actors: actors.length, absent: counts.absent, planned: counts.planned, included: counts.included })}</p>
      <ul class="legend">
        {(['absent', 'planned', 'included'] as const).map((s) => <li><span class={STATUS_CLASS[s]}>{t(`cycle.conformity.status.${s}`)}</span> {t(`cycle.conformity.statusHelp.${s}`)}</li>)}
      </ul>
      {canEdit ? <p><a class="button" href="/conformity/new">{t('cycle.conformity.new')}</a></p> : null}
      {actors.length === 0 ? <p>{t('cycle.conformity.none')}</p> : actors.map((actor) => (
        <section aria-labelledby={`actor-${actor!.code}`}>
          <h2 id={`actor-${actor!.code}`}><a href={`/actors/${actor!.code}`}>{actor!.name}</a></h2>
          <ScrollTable caption={t('cycle.conformity.caption', { actor: actor!.name })} class="data-table" captionClass="visually-hidden">
            <thead>
              <tr>
                <th scope="col">{t('cycle.conformity.agreement')}</th>
                <th scope="col">{t('cycle.conformity.status')}</th>
                <th scope="col">{t('cycle.conformity.since')}</th>
                <th scope="col">{t('cycle.conformity.note')}</th>
                <th scope="col">{t('source.label')}</th>
                {canEdit ? <th scope="col">{t('cycle.manage')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {groups.get(actor!.id)!.map((c) => (
                <tr>
                  <th scope="row">{c.agreement[lang]}</th>
                  <td><span class={STATUS_CLASS[c.status]}>{t(`cycle.conformity.status.${c.status}`)}</span></td>
                  <td><DateText lang={lang} iso={c.since} /></td>
                  <td>{c.note[lang] || '—'}</td>
                  <td>{c.source ? <span lang="nl">{c.source}</span> : '—'}</td>
                  {canEdit ? <td><a href={`/conformity/${c.id}/edit`}>{t('cycle.edit')}<span class="visually-hidden">: {actor!.name}, {c.agreement[lang]}</span></a></td> : null}
                </tr>
              ))}
            </tbody>
          </ScrollTable>
        </section>
      ))}
    </Layout>
  );
}
