import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, Select, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { EditorRow } from '../editor-queries.js';
import { Day } from './labels.js';

/** The transition team's page: who publishes on behalf of which support actor. */
export function EditorsPage({ ctx, catalog, editors, form, errors, notice }: {
  ctx: ViewContext; catalog: Catalog; editors: EditorRow[]; form: { actor: string; email: string }; errors: FieldError[]; notice?: string | undefined;
}): Html {
  const { t, lang } = ctx;
  const actors = [...catalog.actors.values()].filter((a) => !a.retired).sort((a, b) => a.name.localeCompare(b.name, lang))
    .map((a): [string, string] => [a.code, a.name]);
  return (
    <Layout ctx={ctx} title={t('knowledge.editors.title')} crumbs={[[t('knowledge.hub.title'), '/knowledge']]} api="/api/knowledge/editors">
      <h1>{t('knowledge.editors.title')}</h1>
      <p class="lead">{t('knowledge.editors.lead')}</p>
      {notice ? <div class="notice notice-success" role="status"><p>{t(notice)}</p></div> : null}
      <h2 id="editors-list">{t('knowledge.editors.current')}</h2>
      {editors.length === 0 ? <p>{t('knowledge.editors.none')}</p> : (
        <div class="table-scroll">
          <table aria-labelledby="editors-list">
            <thead><tr><th scope="col">{t('knowledge.editors.actor')}</th><th scope="col">{t('knowledge.editors.person')}</th><th scope="col">{t('knowledge.editors.since')}</th><th scope="col"><span class="visually-hidden">{t('knowledge.mine.actions')}</span></th></tr></thead>
            <tbody>
              {editors.map((e) => (
                <tr>
                  <td><a href={`/actors/${e.actor.code}`}>{e.actor.name}</a></td>
                  <td>{e.name} ({e.email})</td>
                  <td><Day lang={lang} iso={e.grantedAt} /></td>
                  <td>
                    <form method="post" action={`/knowledge/editors/${e.actor.code}/${e.userId}/remove`} class="inline-form">
                      <Csrf token={ctx.csrfToken} />
                      <button type="submit" class="link-button">{t('knowledge.editors.remove')}<span class="visually-hidden">: {e.name}, {e.actor.name}</span></button>
                    </form>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
      <h2 id="add-editor">{t('knowledge.editors.add')}</h2>
      <ErrorSummary t={t} errors={errors} labels={{ actor: t('knowledge.editors.actor'), email: t('knowledge.editors.email'), form: t('knowledge.form.label') }} />
      <form method="post" action="/knowledge/editors" novalidate aria-labelledby="add-editor">
        <Csrf token={ctx.csrfToken} />
        <Select t={t} name="actor" label={t('knowledge.editors.actor')} value={form.actor} options={actors} empty={t('form.choose')} errors={errors} required />
        <TextField t={t} name="email" type="email" label={t('knowledge.editors.email')} value={form.email} errors={errors} required autocomplete="off" hint={t('knowledge.editors.emailHint')} />
        <div class="actions"><button type="submit" class="button">{t('knowledge.editors.addButton')}</button></div>
      </form>
    </Layout>
  );
}
