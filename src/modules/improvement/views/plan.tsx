import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { Csrf, ErrorSummary, TextArea, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { canManage, isOwner } from '../../organisations/access.js';
import { val, type Form } from '../form.js';
import type { PlanView } from '../plan-view.js';
import type { Ranked } from '../ranking.js';
import { day, reasonSentence, text } from '../sentences.js';
import { PriorityChooser } from './chooser.js';
import { ReceivedRequests, SentRequests, type ContactError } from './contacts.js';
import { ItemTable } from './items.js';
import { Matches } from './matches.js';
import { DemoNotice, OrgNav, ReassessNotice, SavedNotice, StaleNotice } from './parts.js';

export interface FormState { form: Form; errors: FieldError[]; stale?: { currentVersion: number } | undefined; ranking?: Ranked[] | undefined }
export interface PlanForms { chooser?: FormState; priorities?: FormState; settings?: FormState; comment?: FormState; contact?: ContactError }

export function PlanPage({ ctx, catalog, view, notice, forms = {} }: { ctx: ViewContext; catalog: Catalog; view: PlanView; notice?: string | undefined; forms?: PlanForms }) {
  const { t, lang } = ctx;
  const { organisation: org, plan, chooser, access } = view;
  const title = t('improvement.plan.title', { organisation: org.name });
  const manage = canManage(access);
  // A confirmed save clears the drafts of every form that leads back here (drafts.js).
  const draftKeys = [
    `improvement-plan:${org.id}:${plan?.context.assessment.id ?? ''}`, `improvement-priorities:${org.id}`, `improvement-settings:${org.id}`, `improvement-comment:${org.id}`,
    `improvement-item:${org.id}:new`, ...(plan?.items ?? []).map((i) => `improvement-item:${i.id}`),
  ].join(' ');
  return (
    <Layout ctx={ctx} title={title} crumbs={[[t('improvement.crumb.organisations'), '/organisations'], [org.name, `/organisations/${org.id}`]]}>
      <h1>{title} <DemoBadge t={t} isDemo={org.isDemo} /></h1>
      <OrgNav t={t} id={org.id} current="plan" showCoaches={access.role !== null} coach={access.coach} />
      <SavedNotice t={t} notice={notice} draftKey={draftKeys} />
      <DemoNotice t={t} isDemo={org.isDemo} />
      {plan ? <ReassessNotice t={t} lang={lang} id={org.id} status={plan.reassess} /> : null}
      {isOwner(access) && view.contactRequests.length
        ? <ReceivedRequests ctx={ctx} organisationId={org.id} requests={view.contactRequests} names={view.dimensionNames} error={forms.contact} /> : null}
      {!view.latest ? (
        <div class="notice"><p>{t('improvement.noResult')}</p><p><a href={`/organisations/${org.id}/assessments`}>{t('improvement.noResultLink')}</a></p></div>
      ) : null}
      {view.latest && !plan && !chooser ? <p class="notice">{t('improvement.noPlanYet')}</p> : null}

      {chooser ? (
        <section aria-labelledby="choose-title">
          <h2 id="choose-title">{plan ? t('improvement.choose.titleNewer', { date: day(lang, chooser.context.assessment.submittedOn) }) : t('improvement.choose.title')}</h2>
          <PriorityChooser ctx={ctx} organisationId={org.id} context={chooser.context} ranking={forms.chooser?.ranking ?? chooser.ranking} mode="create"
            form={forms.chooser?.form ?? { reassessOn: chooser.defaultReassessOn }} errors={forms.chooser?.errors ?? []} />
        </section>
      ) : null}

      {plan ? (
        <section aria-labelledby="plan-title">
          <h2 id="plan-title">{t('improvement.plan.current')}</h2>
          <dl class="facts">
            <dt>{t('improvement.plan.basedOn')}</dt>
            <dd>{t('improvement.plan.basedOnText', { kind: t(`improvement.kind.${plan.context.assessment.kind}`), date: day(lang, plan.context.assessment.submittedOn), version: plan.context.model.version })}</dd>
            <dt>{t('improvement.reassessOn')}</dt>
            <dd>{plan.record.reassessOn ? <time datetime={plan.record.reassessOn}>{day(lang, plan.record.reassessOn)}</time> : '—'} · <a href={`/organisations/${org.id}/plan/reassess.ics`}>{t('improvement.reassess.ics')}</a></dd>
            <dt>{t('improvement.scenarioNote')}</dt>
            <dd>{plan.record.scenarioNote || <span class="muted">{t('improvement.plan.noNote')}</span>}</dd>
          </dl>
          {manage ? <SettingsForm ctx={ctx} id={org.id} state={forms.settings ?? { form: { version: String(plan.record.version), reassessOn: plan.record.reassessOn ?? '', scenarioNote: plan.record.scenarioNote }, errors: [] }} /> : null}

          <h3>{t('improvement.plan.priorities')}</h3>
          {plan.priorities.length === 0 ? <p>{t('improvement.plan.noPriorities')}</p> : (
            <ol>
              {plan.ranking.filter((r) => plan.priorities.some((p) => p.dimension === r.code)).map((r) => {
                const dim = plan.context.dimensions.find((d) => d.code === r.code)!;
                return <li><strong>{text(dim.name, lang)}</strong>: {reasonSentence(t, r, r.criticalItems.map((q) => text(plan.context.model.questions.get(q)?.text, lang)))}</li>;
              })}
            </ol>
          )}
          {manage ? (
            <details open={forms.priorities ? true : undefined}>
              <summary>{t('improvement.plan.changePriorities')}</summary>
              <PriorityChooser ctx={ctx} organisationId={org.id} context={plan.context} ranking={forms.priorities?.ranking ?? plan.ranking} mode="change"
                form={forms.priorities?.form ?? { version: String(plan.record.version), priority: plan.priorities.map((p) => p.dimension) }}
                errors={forms.priorities?.errors ?? []} stale={forms.priorities?.stale} />
            </details>
          ) : null}

          <h3>{t('improvement.plan.steps')}</h3>
          {manage ? <p><a class="button button-secondary" href={`/organisations/${org.id}/plan/items/new`}>{t('improvement.items.add')}</a></p> : null}
          {stepDimensions(view).map((d) => (
            <section aria-labelledby={`steps-${d.code}`}>
              <h4 id={`steps-${d.code}`}>{d.nextLevel ? t('improvement.plan.toward', { dimension: text(d.name, lang), level: d.nextLevel, name: text(d.nextLevelName, lang) }) : text(d.name, lang)}</h4>
              {d.nextMeaning ? <p class="muted">{t('improvement.plan.nextMeaning')}: {text(d.nextMeaning, lang)}</p> : null}
              <ItemTable t={t} lang={lang} organisationId={org.id} caption={t('improvement.items.caption', { dimension: text(d.name, lang) })}
                items={plan.items.filter((i) => i.dimension === d.code)} editable={manage} />
            </section>
          ))}

          <h3>{t('improvement.match.title')}</h3>
          <p>{t('improvement.match.lead')}</p>
          {plan.priorities.map((p) => {
            const dim = plan.context.dimensions.find((d) => d.code === p.dimension);
            const m = plan.matches.get(p.dimension);
            if (!dim?.result || !m) return null;
            return (
              <section aria-labelledby={`match-${p.dimension}`} class="card">
                <h4 id={`match-${p.dimension}`}>{t('improvement.match.for', { dimension: text(dim.name, lang) })}</h4>
                <Matches ctx={ctx} catalog={catalog} organisationId={org.id} dimension={p.dimension} dimensionName={text(dim.name, lang)} level={dim.result.level}
                  matches={m} canRequest={manage} requested={view.requested} />
              </section>
            );
          })}

          <Comments ctx={ctx} view={view} state={forms.comment} />
        </section>
      ) : null}
      {view.sentRequests.length ? <SentRequests ctx={ctx} requests={view.sentRequests} names={view.dimensionNames} /> : null}
    </Layout>
  );
}

/** Priorities in their ranking order first, then any other dimension that has own items. */
function stepDimensions(view: PlanView) {
  const plan = view.plan!;
  const chosen = plan.ranking.filter((r) => plan.priorities.some((p) => p.dimension === r.code)).map((r) => r.code);
  const others = plan.context.dimensions.filter((d) => !chosen.includes(d.code) && plan.items.some((i) => i.dimension === d.code)).map((d) => d.code);
  return [...chosen, ...others].map((code) => plan.context.dimensions.find((d) => d.code === code)!);
}

function SettingsForm({ ctx, id, state }: { ctx: ViewContext; id: number; state: FormState }): Html {
  const { t } = ctx;
  const labels = { reassessOn: t('improvement.reassessOn'), scenarioNote: t('improvement.scenarioNote'), form: t('improvement.formLabel') };
  return (
    <details open={state.errors.length || state.stale ? true : undefined}>
      <summary>{t('improvement.plan.editSettings')}</summary>
      <form method="post" action={`/organisations/${id}/plan/settings`} novalidate data-draft={`improvement-settings:${id}`} data-draft-version={val(state.form, 'version')}>
        <Csrf token={ctx.csrfToken} />
        <input type="hidden" name="version" value={val(state.form, 'version')} />
        <StaleNotice t={t} stale={state.stale} href={`/organisations/${id}/plan`} />
        <ErrorSummary t={t} errors={state.errors} labels={labels} />
        <TextField t={t} name="reassessOn" label={labels.reassessOn} type="date" required value={val(state.form, 'reassessOn')} errors={state.errors} hint={t('improvement.reassessOnHint')} />
        <TextArea t={t} name="scenarioNote" label={labels.scenarioNote} value={val(state.form, 'scenarioNote')} errors={state.errors} hint={t('improvement.scenarioNoteHint')} rows={3} />
        <div class="actions"><button type="submit" class="button">{t('form.save')}</button></div>
        <p class="hint" data-draft-status aria-live="polite"></p>
      </form>
    </details>
  );
}

function Comments({ ctx, view, state }: { ctx: ViewContext; view: PlanView; state?: FormState | undefined }): Html {
  const { t, lang } = ctx;
  const plan = view.plan!;
  const canComment = canManage(view.access) || view.access.coach;
  return (
    <section aria-labelledby="comments-title">
      <h3 id="comments-title">{t('improvement.comments.title')}</h3>
      <p class="hint">{t('improvement.comments.lead')}</p>
      {plan.comments.length === 0 ? <p>{t('improvement.comments.none')}</p> : (
        <ul>
          {plan.comments.map((c) => <li><strong>{c.author}</strong> (<time datetime={c.createdAt}>{day(lang, c.createdAt)}</time>): {c.body}</li>)}
        </ul>
      )}
      {canComment ? (
        <form method="post" action={`/organisations/${view.organisation.id}/plan/comments`} novalidate data-draft={`improvement-comment:${view.organisation.id}`}>
          <Csrf token={ctx.csrfToken} />
          <ErrorSummary t={t} errors={state?.errors ?? []} labels={{ body: t('improvement.comments.body') }} />
          <TextArea t={t} name="body" label={t('improvement.comments.body')} value={val(state?.form ?? {}, 'body')} errors={state?.errors ?? []} required rows={3} />
          <div class="actions"><button type="submit" class="button">{t('improvement.comments.post')}</button></div>
          <p class="hint" data-draft-status aria-live="polite"></p>
        </form>
      ) : null}
    </section>
  );
}
