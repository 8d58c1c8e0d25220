import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import { DemoBadge } from '../../../web/components.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, ErrorSummary, Select, TextArea, TextField } from '../../../web/forms.js';
import { h } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import type { OfferRecord } from '../queries.js';
import type { OfferView } from '../views-data.js';
import { Checkboxes, ContactItem, ErrorText, Reasons, dimensionOptions, levelOptions, list, pillarOptions, subsectorOptions, val, type Form } from './parts.js';
import type { ContactView } from '../contacts.js';

export function OffersPage({ ctx, catalog, offers, actors, form, errors }: {
  ctx: ViewContext; catalog: Catalog; offers: OfferRecord[]; actors: Array<{ id: number; name: string; is_demo: boolean }>; form: Form; errors: FieldError[];
}) {
  const { t, lang } = ctx;
  const labels = {
    actorId: t('guide.offer.actor'), titleNl: t('guide.offer.titleNl'), titleEn: t('guide.offer.titleEn'), descriptionNl: t('guide.offer.descriptionNl'), descriptionEn: t('guide.offer.descriptionEn'),
    dimensions: t('guide.offer.dimensions'), subsectors: t('guide.offer.subsectors'), pillars: t('guide.offer.pillars'), levelFrom: t('guide.offer.levelFrom'), levelTo: t('guide.offer.levelTo'),
  };
  return (
    <Layout ctx={ctx} title={t('guide.offers.title')} crumbs={[[t('guide.title'), '/guide']]} api="/api/guide/offers">
      <h1>{t('guide.offers.title')}</h1>
      <p class="lead">{t('guide.offers.lead')}</p>
      {offers.length === 0 ? <p>{t('guide.offers.none')}</p> : (
        <ul class="cards">
          {offers.map((o) => (
            <li class="card">
              <h2><a href={`/guide/offers/${o.id}`}>{o.title[lang] || o.title.nl}</a> <DemoBadge t={t} isDemo={o.isDemo} /></h2>
              <p class="muted">{o.actorName}</p>
              <p>{(o.description[lang] || o.description.nl).slice(0, 240)}</p>
            </li>
          ))}
        </ul>
      )}
      {actors.length > 0 ? (
        <section aria-labelledby="new-offer">
          <h2 id="new-offer">{t('guide.offer.new')}</h2>
          <ErrorSummary t={t} errors={errors} labels={labels} />
          <form method="post" action="/guide/offers" novalidate>
            <Csrf token={ctx.csrfToken} />
            <Select t={t} name="actorId" label={labels.actorId} value={val(form, 'actorId')} errors={errors} required options={actors.map((a) => [String(a.id), a.is_demo ? `${a.name} (${t('demo.badge')})` : a.name])} />
            <TextField t={t} name="titleNl" label={labels.titleNl} value={val(form, 'titleNl')} errors={errors} required lang="nl" />
            <TextField t={t} name="titleEn" label={labels.titleEn} value={val(form, 'titleEn')} errors={errors} lang="en" />
            <TextArea t={t} name="descriptionNl" label={labels.descriptionNl} value={val(form, 'descriptionNl')} errors={errors} required lang="nl" />
            <TextArea t={t} name="descriptionEn" label={labels.descriptionEn} value={val(form, 'descriptionEn')} errors={errors} lang="en" />
            <Checkboxes t={t} name="dimensions" legend={labels.dimensions} options={dimensionOptions(t)} checked={list(form, 'dimensions')} errors={errors} />
            <Checkboxes t={t} name="subsectors" legend={labels.subsectors} options={subsectorOptions(t)} checked={list(form, 'subsectors')} errors={errors} />
            <Checkboxes t={t} name="pillars" legend={labels.pillars} options={pillarOptions(catalog, lang)} checked={list(form, 'pillars')} errors={errors} />
            <Select t={t} name="levelFrom" label={labels.levelFrom} value={val(form, 'levelFrom')} errors={errors} options={levelOptions(t)} empty={t('guide.ask.noChoice')} />
            <Select t={t} name="levelTo" label={labels.levelTo} value={val(form, 'levelTo')} errors={errors} options={levelOptions(t)} empty={t('guide.ask.noChoice')} />
            <button type="submit" class="button">{t('guide.offer.publish')}</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}

export function OfferPage({ ctx, catalog, view, form, errors, notice }: { ctx: ViewContext; catalog: Catalog; view: OfferView; form: Form; errors: FieldError[]; notice?: string | undefined }) {
  const { t, lang } = ctx;
  const o = view.offer;
  const labels = { questionId: t('guide.respond.question'), message: t('guide.contact.message') };
  return (
    <Layout ctx={ctx} title={o.title[lang] || o.title.nl} crumbs={[[t('guide.title'), '/guide'], [t('guide.offers.title'), '/guide/offers']]} api={`/api/guide/offers/${o.id}`}>
      <h1>{o.title[lang] || o.title.nl} <DemoBadge t={t} isDemo={o.isDemo} /></h1>
      {notice ? <div class="notice notice-success" role="status"><p>{t(notice)}</p></div> : null}
      {o.retired ? <div class="notice"><p>{t('guide.offer.retired')}</p></div> : null}
      <p class="lead">{o.description[lang] || o.description.nl}</p>
      <dl class="facts">
        <dt>{t('guide.offer.actor')}</dt><dd><a href={`/actors/${o.actorCode}`}>{o.actorName}</a></dd>
        <dt>{t('guide.offer.dimensions')}</dt><dd>{o.dimensions.length ? o.dimensions.map((d) => t(`search.dimension.${d}`)).join(', ') : '—'}</dd>
        <dt>{t('guide.offer.subsectorsShown')}</dt><dd>{o.subsectors.length ? o.subsectors.map((s) => t(`subsector.${s}`)).join(', ') : t('guide.wholeSector')}</dd>
        {o.levelFrom !== null || o.levelTo !== null ? [<dt>{t('guide.offer.levels')}</dt>, <dd>{`${o.levelFrom ?? 0}–${o.levelTo ?? 5}`}</dd>] : null}
      </dl>
      {view.canRespond ? (
        <section aria-labelledby="questions-title">
          <h2 id="questions-title">{t('guide.respond.title')}</h2>
          <p>{t('guide.respond.lead')}</p>
          {view.questions.length === 0 ? <p>{t('guide.respond.none')}</p> : (
            <form method="post" action={`/guide/offers/${o.id}/responses`} novalidate>
              <Csrf token={ctx.csrfToken} />
              <ErrorSummary t={t} errors={errors} labels={labels} />
              <fieldset id="f-questionId" class="field">
                <legend>{labels.questionId}</legend>
                <ErrorText t={t} errors={errors} name="questionId" />
                {view.questions.map((m, i) => (
                  <div class="checkbox-row">
                    <input type="radio" id={`f-questionId-${i}`} name="questionId" value={String(m.question.id)} checked={val(form, 'questionId') === String(m.question.id) || (i === 0 && !val(form, 'questionId'))} />
                    <label for={`f-questionId-${i}`}>
                      <strong>{m.question.organisationName}</strong> <DemoBadge t={t} isDemo={m.question.organisationIsDemo} /> ({t(`subsector.${m.question.subsector}`)}): {m.question.question}
                      <Reasons ctx={ctx} catalog={catalog} reasons={m.reasons} score={m.score} />
                    </label>
                  </div>
                ))}
              </fieldset>
              <TextArea t={t} name="message" label={labels.message} value={val(form, 'message')} errors={errors} required rows={5} />
              <button type="submit" class="button">{t('guide.respond.send')}</button>
            </form>
          )}
        </section>
      ) : null}
    </Layout>
  );
}

export function ContactsPage({ ctx, incoming, sent, notice, error }: { ctx: ViewContext; incoming: ContactView[]; sent: ContactView[]; notice?: string | undefined; error?: string | undefined }) {
  const { t } = ctx;
  return (
    <Layout ctx={ctx} title={t('guide.contacts.title')} crumbs={[[t('guide.title'), '/guide']]} api="/api/guide/contacts">
      <h1>{t('guide.contacts.title')}</h1>
      {notice ? <div class="notice notice-success" role="status"><p>{t(notice)}</p></div> : null}
      {error ? <div class="notice notice-error" role="alert"><p>{error}</p></div> : null}
      <h2>{t('guide.contacts.incoming')}</h2>
      {incoming.length === 0 ? <p>{t('guide.contacts.none')}</p> : <ul class="cards">{incoming.map((c) => <ContactItem ctx={ctx} contact={c} csrf={ctx.csrfToken} />)}</ul>}
      <h2>{t('guide.contacts.sent')}</h2>
      {sent.length === 0 ? <p>{t('guide.contacts.none')}</p> : <ul class="cards">{sent.map((c) => <ContactItem ctx={ctx} contact={c} csrf={ctx.csrfToken} />)}</ul>}
    </Layout>
  );
}
