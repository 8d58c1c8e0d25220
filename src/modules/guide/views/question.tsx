import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import { DemoBadge } from '../../../web/components.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, TextArea } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { PROPOSAL_KINDS, type Proposal } from '../matching.js';
import type { QuestionView } from '../views-data.js';
import { ContactItem, ErrorText, Reasons, val, type Form } from './parts.js';

export function QuestionPage({ ctx, catalog, view, form, errors, notice }: { ctx: ViewContext; catalog: Catalog; view: QuestionView; form: Form; errors: FieldError[]; notice?: string | undefined }) {
  const { t, lang } = ctx;
  const q = view.question;
  const contactable = PROPOSAL_KINDS.flatMap((k) => view.proposals[k]).filter((p) => p.contact !== null);
  const targets = [...new Map(contactable.map((p) => [`${p.contact!.target}:${p.contact!.id}`, p])).entries()];
  const labels = { target: t('guide.contact.target'), message: t('guide.contact.message'), targetId: t('guide.contact.target') };
  return (
    <Layout ctx={ctx} title={t('guide.question.title')} crumbs={[[t('guide.title'), '/guide']]} api={`/api/guide/questions/${q.id}`}>
      <h1>{t('guide.question.title')}</h1>
      {notice ? <div class="notice notice-success" role="status"><p>{t(notice)}</p></div> : null}
      {q.organisationIsDemo ? <div class="notice notice-demo"><p>{t('guide.demoNotice')}</p></div> : null}
      <blockquote>{q.question}</blockquote>
      <dl class="facts">
        <dt>{t('guide.ask.organisation')}</dt><dd>{q.organisationName} <DemoBadge t={t} isDemo={q.organisationIsDemo} /> ({t(`subsector.${q.subsector}`)})</dd>
        {q.dimension ? [<dt>{t('guide.ask.dimension')}</dt>, <dd>{t(`search.dimension.${q.dimension}`)}</dd>] : null}
        {q.pillar ? [<dt>{t('guide.ask.pillar')}</dt>, <dd>{catalog.pillar(q.pillar)?.name[lang] ?? q.pillar}</dd>] : null}
        {view.level !== null ? [<dt>{t('guide.ask.level')}</dt>, <dd>{t('guide.levelN', { level: view.level })}</dd>] : null}
        <dt>{t('guide.question.status')}</dt><dd>{t(`guide.status.${q.status}`)}{q.visibleToProviders ? ` · ${t('guide.visible')}` : ` · ${t('guide.notVisible')}`}</dd>
      </dl>
      <p class="hint">{t('guide.question.scoreExplained')}</p>
      {PROPOSAL_KINDS.map((kind) => (
        <section aria-labelledby={`kind-${kind}`}>
          <h2 id={`kind-${kind}`}>{t(`guide.kind.${kind}`)}</h2>
          {view.proposals[kind].length === 0 ? <p>{t(kind === 'peer' && !q.dimension ? 'guide.question.peersNeedDimension' : 'guide.question.noneOfKind')}</p> : (
            <ol>{view.proposals[kind].map((p) => <ProposalItem ctx={ctx} catalog={catalog} p={p} />)}</ol>
          )}
        </section>
      ))}
      {view.canAct && q.status === 'open' ? (
        <section aria-labelledby="contact-title">
          <h2 id="contact-title">{t('guide.contact.title')}</h2>
          {targets.length === 0 ? <p>{t('guide.contact.noTargets')}</p> : (
            <form method="post" action={`/guide/questions/${q.id}/contacts`} novalidate>
              <Csrf token={ctx.csrfToken} />
              <ErrorSummary t={t} errors={errors} labels={labels} />
              <fieldset id="f-target" class="field">
                <legend>{labels.target}</legend>
                <ErrorText t={t} errors={errors} name="target" />
                {targets.map(([key, p], i) => (
                  <div class="checkbox-row">
                    <input type="radio" id={`f-target-${i}`} name="target" value={key} checked={val(form, 'target') === key || (i === 0 && !val(form, 'target'))} />
                    <label for={`f-target-${i}`}>{p.kind === 'offer' ? `${p.detail} (${p.title[lang]})` : p.title[lang]} — {t(`guide.kind.${p.contact!.target === 'peer' ? 'peer' : 'actor'}`)}</label>
                  </div>
                ))}
              </fieldset>
              <TextArea t={t} name="message" label={labels.message} hint={t('guide.contact.messageHint')} value={val(form, 'message')} errors={errors} required rows={5} />
              <button type="submit" class="button">{t('guide.contact.send')}</button>
            </form>
          )}
        </section>
      ) : null}
      <section aria-labelledby="sent-title">
        <h2 id="sent-title">{t('guide.question.requests')}</h2>
        {view.contacts.length === 0 ? <p>{t('guide.question.noRequests')}</p> : <ul class="cards">{view.contacts.map((c) => <ContactItem ctx={ctx} contact={c} csrf={ctx.csrfToken} />)}</ul>}
      </section>
      {view.canAct && q.status === 'open' ? (
        <form method="post" action={`/guide/questions/${q.id}/close`}>
          <Csrf token={ctx.csrfToken} />
          <input type="hidden" name="version" value={String(q.version)} />
          <button type="submit" class="button button-secondary">{t('guide.question.close')}</button>
        </form>
      ) : null}
    </Layout>
  );
}

function ProposalItem({ ctx, catalog, p }: { ctx: ViewContext; catalog: Catalog; p: Proposal }) {
  const { t, lang } = ctx;
  return (
    <li>
      <p>{p.href ? <a href={p.href}>{p.title[lang]}</a> : <strong>{p.title[lang]}</strong>} <DemoBadge t={t} isDemo={p.isDemo} />
        {p.detail ? <span class="muted"> — {p.kind === 'actor' ? t(`actorKind.${p.detail}`) : p.detail}</span> : null}</p>
      <Reasons ctx={ctx} catalog={catalog} reasons={p.reasons} score={p.score} />
    </li>
  );
}
