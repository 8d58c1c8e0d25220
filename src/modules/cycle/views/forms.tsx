import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Select, TextArea, TextField } from '../../../web/forms.js';
import { h, type Children, Html } from '../../../web/jsx.js';
import { list, val, type Form } from '../form-mapping.js';
import { ACTION_STATUSES } from '../progress.js';
import type { DecisionRef } from '../queries.js';
import { CONFORMITY_STATUSES, PLAN_KINDS } from '../schemas.js';
import { StaleNotice } from './parts.js';
import { Checkboxes } from '../../../web/choices.js';
import { DraftFormPage } from '../../../web/draft-form.js';
import { BilingualField, bilingualLabels } from '../../../web/bilingual-field.js';

export interface FormPageProps {
  ctx: ViewContext; catalog: Catalog; form: Form; errors: FieldError[]; mode: 'create' | 'edit';
  stale?: { currentVersion: number } | undefined;
}

/** The frame every form of the module shares: title, conflict notice, error summary, CSRF, version, draft. */
function FormShell({ ctx, title, crumbs, action, cancel, draft, form, errors, labels, stale, current, submit, children }: {
  ctx: ViewContext; title: string; crumbs: Array<[string, string]>; action: string; cancel: string; draft: string; form: Form;
  errors: FieldError[]; labels: Record<string, string>; stale?: { currentVersion: number } | undefined; current: string; submit?: string; children?: Children;
}): Html {
  const { t } = ctx;
  return (
    <DraftFormPage ctx={ctx} title={title} crumbs={crumbs} action={action} cancel={cancel} draft={draft} submit={submit}
      version={{ name: 'version', value: val(form, 'version') }} errors={errors} labels={{ form: t('cycle.formLabel'), ...labels }}
      notices={<StaleNotice t={t} stale={stale} href={current} />}>
      {children}
    </DraftFormPage>
  );
}

const actorOptions = (catalog: Catalog, lang: string): Array<[string, string]> =>
  [...catalog.actors.values()].filter((a) => !a.retired).sort((a, b) => a.name.localeCompare(b.name, lang)).map((a) => [a.code, a.name]);

// --- action line --------------------------------------------------------------------------------
export function ActionLineFormPage({ ctx, catalog, form, errors, mode, stale }: FormPageProps) {
  const { t, lang } = ctx;
  const code = val(form, 'code');
  const title = mode === 'create' ? t('cycle.lines.new') : t('cycle.lines.editTitle', { title: val(form, `title_${lang}`) || code });
  const labels = {
    code: t('cycle.code'), owner: t('cycle.owner'), recommendations: t('cycle.recommendations'), challenges: t('cycle.challenges'),
    ...bilingualLabels(t, 'title', t('cycle.title')), ...bilingualLabels(t, 'description', t('cycle.description')),
  };
  return (
    <FormShell ctx={ctx} title={title} crumbs={[[t('cycle.lines.title'), '/action-lines']]} action={mode === 'create' ? '/action-lines' : `/action-lines/${code}`}
      cancel={mode === 'create' ? '/action-lines' : `/action-lines/${code}`} draft={`action-line:${mode === 'create' ? 'new' : code}`} form={form} errors={errors}
      labels={labels} stale={stale} current={`/action-lines/${code}`}>
      {mode === 'create' ? <TextField t={t} name="code" label={labels.code} value={code} required errors={errors} hint={t('cycle.codeHint')} /> : null}
      <BilingualField t={t} name="title" label={t('cycle.title')} form={form} errors={errors} required />
      <BilingualField t={t} name="description" label={t('cycle.description')} form={form} errors={errors} area />
      <Select t={t} name="owner" label={labels.owner} value={val(form, 'owner')} errors={errors} empty={t('form.none')} options={actorOptions(catalog, lang)} hint={t('cycle.ownerHint')} />
      <Checkboxes t={t} name="recommendations" legend={labels.recommendations} errors={errors} checked={list(form, 'recommendations')}
        options={catalog.recommendations.filter((r) => r.parentCode).map((r) => [r.code, `${r.code} ${r.title[lang]}`])} />
      <Checkboxes t={t} name="challenges" legend={labels.challenges} hint={t('cycle.challengesHint')} errors={errors} checked={list(form, 'challenges')}
        options={catalog.challenges.map((c) => [String(c.number), `${c.number}. ${c.title[lang]} (${t('cycle.pillarN', { n: c.pillar })})`])} />
    </FormShell>
  );
}

// --- plan ----------------------------------------------------------------------------------------
export function PlanFormPage({ ctx, form, errors, mode, stale, line, planId }: Omit<FormPageProps, 'catalog'> & {
  line: { code: string; title: { nl: string; en: string } }; planId?: number | undefined;
}) {
  const { t, lang } = ctx;
  const title = mode === 'create' ? t('cycle.plan.newFor', { title: line.title[lang] }) : t('cycle.plan.editTitle');
  const labels = { kind: t('cycle.planKind'), yearFrom: t('cycle.yearFrom'), yearTo: t('cycle.yearTo') };
  const back = mode === 'create' ? `/action-lines/${line.code}` : `/plans/${planId}`;
  return (
    <FormShell ctx={ctx} title={title} crumbs={[[t('cycle.lines.title'), '/action-lines'], [line.title[lang], `/action-lines/${line.code}`]]}
      action={mode === 'create' ? `/action-lines/${line.code}/plans` : `/plans/${planId}`} cancel={back}
      draft={mode === 'create' ? `plan:${line.code}:new` : `plan:${planId}`} form={form} errors={errors} labels={labels} stale={stale} current={back}>
      {mode === 'create'
        ? <Select t={t} name="kind" label={labels.kind} value={val(form, 'kind')} required errors={errors} empty={t('form.choose')} options={PLAN_KINDS.map((k) => [k, t(`cycle.planKind.${k}`)])} />
        : <p><strong>{labels.kind}:</strong> {t(`cycle.planKind.${val(form, 'kind')}`)}</p>}
      <TextField t={t} name="yearFrom" label={labels.yearFrom} value={val(form, 'yearFrom')} required errors={errors} inputmode="numeric" />
      <TextField t={t} name="yearTo" label={labels.yearTo} value={val(form, 'yearTo')} errors={errors} inputmode="numeric" hint={t('cycle.yearToHint')} />
    </FormShell>
  );
}

// --- adopt / re-baseline ---------------------------------------------------------------------------
export function AdoptFormPage({ ctx, form, errors, stale, plan, decisions, rebaseline }: Omit<FormPageProps, 'catalog' | 'mode'> & {
  plan: { id: number; name: string; lineTitle: string; lineCode: string }; decisions: DecisionRef[]; rebaseline: boolean;
}) {
  const { t, lang } = ctx;
  const title = t(rebaseline ? 'cycle.rebaselineTitle' : 'cycle.adoptTitle', { plan: plan.name });
  const labels = { decisionId: t('cycle.decision'), reason: t('cycle.reason') };
  return (
    <FormShell ctx={ctx} title={title} crumbs={[[t('cycle.lines.title'), '/action-lines'], [plan.lineTitle, `/action-lines/${plan.lineCode}`], [plan.name, `/plans/${plan.id}`]]}
      action={`/plans/${plan.id}/${rebaseline ? 'rebaseline' : 'adopt'}`} cancel={`/plans/${plan.id}`} draft={`plan:${plan.id}:${rebaseline ? 'rebaseline' : 'adopt'}`}
      form={form} errors={errors} labels={labels} stale={stale} current={`/plans/${plan.id}`} submit={t(rebaseline ? 'cycle.rebaseline' : 'cycle.adopt')}>
      <p>{t(rebaseline ? 'cycle.rebaselineLead' : 'cycle.adoptLead')}</p>
      {decisions.length === 0 ? <p class="notice">{t(rebaseline ? 'cycle.noDecisionsRebaseline' : 'cycle.noDecisionsAdopt')}</p> : null}
      <Select t={t} name="decisionId" label={labels.decisionId} value={val(form, 'decisionId')} required={rebaseline} errors={errors}
        empty={rebaseline ? t('form.choose') : t('form.none')} options={decisions.map((d) => [String(d.id), `${d.code}: ${d.title[lang]}`])} />
      {rebaseline ? <TextArea t={t} name="reason" label={labels.reason} value={val(form, 'reason')} required errors={errors} hint={t('cycle.reasonHint')} /> : null}
    </FormShell>
  );
}

// --- action ---------------------------------------------------------------------------------------
export function ActionFormPage({ ctx, catalog, form, errors, mode, stale, plan, actionId }: FormPageProps & {
  plan: { id: number; name: string; lineTitle: string; lineCode: string }; actionId?: number | undefined;
}) {
  const { t, lang } = ctx;
  const title = mode === 'create' ? t('cycle.action.newIn', { plan: plan.name }) : t('cycle.action.editTitle', { code: val(form, 'code') });
  const labels = {
    code: t('cycle.actionCode'), responsibleActor: t('cycle.responsible'), contributors: t('cycle.contributors'), status: t('cycle.actionStatus'),
    startsOn: t('cycle.startsOn'), endsOn: t('cycle.endsOn'), budgetPlanned: t('cycle.budget.planned'), budgetCommitted: t('cycle.budget.committed'),
    budgetSpent: t('cycle.budget.spent'), externalId: t('cycle.externalId'),
    ...bilingualLabels(t, 'title', t('cycle.title')), ...bilingualLabels(t, 'description', t('cycle.description')),
  };
  const back = mode === 'create' ? `/plans/${plan.id}` : `/actions/${actionId}`;
  return (
    <FormShell ctx={ctx} title={title} crumbs={[[t('cycle.lines.title'), '/action-lines'], [plan.lineTitle, `/action-lines/${plan.lineCode}`], [plan.name, `/plans/${plan.id}`]]}
      action={mode === 'create' ? `/plans/${plan.id}/actions` : `/actions/${actionId}`} cancel={back}
      draft={mode === 'create' ? `action:${plan.id}:new` : `action:${actionId}`} form={form} errors={errors} labels={labels} stale={stale} current={back}>
      <TextField t={t} name="code" label={labels.code} value={val(form, 'code')} required errors={errors} hint={t('cycle.actionCodeHint')} />
      <BilingualField t={t} name="title" label={t('cycle.title')} form={form} errors={errors} required />
      <BilingualField t={t} name="description" label={t('cycle.description')} form={form} errors={errors} area />
      <Select t={t} name="responsibleActor" label={labels.responsibleActor} value={val(form, 'responsibleActor')} errors={errors} empty={t('form.none')} options={actorOptions(catalog, lang)} />
      <Checkboxes t={t} name="contributors" legend={labels.contributors} errors={errors} checked={list(form, 'contributors')} options={actorOptions(catalog, lang)} />
      <Select t={t} name="status" label={labels.status} value={val(form, 'status') || 'planned'} required errors={errors} options={ACTION_STATUSES.map((s) => [s, t(`cycle.status.${s}`)])} hint={t('cycle.statusHint')} />
      <TextField t={t} name="startsOn" label={labels.startsOn} value={val(form, 'startsOn')} type="date" errors={errors} />
      <TextField t={t} name="endsOn" label={labels.endsOn} value={val(form, 'endsOn')} type="date" errors={errors} />
      <fieldset>
        <legend>{t('cycle.budgetEuro')}</legend>
        <p class="hint">{t('cycle.budgetHint')}</p>
        <TextField t={t} name="budgetPlanned" label={labels.budgetPlanned} value={val(form, 'budgetPlanned')} errors={errors} inputmode="decimal" />
        <TextField t={t} name="budgetCommitted" label={labels.budgetCommitted} value={val(form, 'budgetCommitted')} errors={errors} inputmode="decimal" />
        <TextField t={t} name="budgetSpent" label={labels.budgetSpent} value={val(form, 'budgetSpent')} errors={errors} inputmode="decimal" />
      </fieldset>
      <TextField t={t} name="externalId" label={labels.externalId} value={val(form, 'externalId')} errors={errors} hint={t('cycle.externalIdHint')} />
    </FormShell>
  );
}

// --- milestone -------------------------------------------------------------------------------------
export function MilestoneFormPage({ ctx, form, errors, mode, stale, action, milestoneId }: Omit<FormPageProps, 'catalog'> & {
  action: { id: number; code: string; title: { nl: string; en: string } }; milestoneId?: number | undefined;
}) {
  const { t, lang } = ctx;
  const actionName = `${action.code} ${action.title[lang]}`;
  const title = mode === 'create' ? t('cycle.milestone.newFor', { action: action.code }) : t('cycle.milestone.editTitle', { title: val(form, `title_${lang}`) });
  const labels = { dueOn: t('cycle.dueOn'), doneOn: t('cycle.doneOnLabel'), weight: t('cycle.weight'), ...bilingualLabels(t, 'title', t('cycle.title')) };
  return (
    <FormShell ctx={ctx} title={title} crumbs={[[t('cycle.lines.title'), '/action-lines'], [actionName, `/actions/${action.id}`]]}
      action={mode === 'create' ? `/actions/${action.id}/milestones` : `/milestones/${milestoneId}`} cancel={`/actions/${action.id}`}
      draft={mode === 'create' ? `milestone:${action.id}:new` : `milestone:${milestoneId}`} form={form} errors={errors} labels={labels} stale={stale} current={`/actions/${action.id}`}>
      <BilingualField t={t} name="title" label={t('cycle.title')} form={form} errors={errors} required />
      <TextField t={t} name="dueOn" label={labels.dueOn} value={val(form, 'dueOn')} type="date" required errors={errors} />
      <TextField t={t} name="doneOn" label={labels.doneOn} value={val(form, 'doneOn')} type="date" errors={errors} hint={t('cycle.doneOnHint')} />
      <TextField t={t} name="weight" label={labels.weight} value={val(form, 'weight')} errors={errors} inputmode="decimal" hint={t('cycle.weightHint')} />
    </FormShell>
  );
}

// --- conformity -------------------------------------------------------------------------------------
export function ConformityFormPage({ ctx, catalog, form, errors, mode, stale, clauseId }: FormPageProps & { clauseId?: number | undefined }) {
  const { t, lang } = ctx;
  const title = mode === 'create' ? t('cycle.conformity.new') : t('cycle.conformity.editTitle');
  const labels = {
    actor: t('cycle.conformity.actor'), status: t('cycle.conformity.status'), since: t('cycle.conformity.since'), source: t('source.label'),
    ...bilingualLabels(t, 'agreement', t('cycle.conformity.agreement')), ...bilingualLabels(t, 'note', t('cycle.conformity.note')),
  };
  return (
    <FormShell ctx={ctx} title={title} crumbs={[[t('cycle.conformity.title'), '/conformity']]} action={mode === 'create' ? '/conformity' : `/conformity/${clauseId}`}
      cancel="/conformity" draft={mode === 'create' ? 'conformity:new' : `conformity:${clauseId}`} form={form} errors={errors} labels={labels} stale={stale} current="/conformity">
      <Select t={t} name="actor" label={labels.actor} value={val(form, 'actor')} required errors={errors} empty={t('form.choose')} options={actorOptions(catalog, lang)} />
      <BilingualField t={t} name="agreement" label={t('cycle.conformity.agreement')} form={form} errors={errors} required />
      <Select t={t} name="status" label={labels.status} value={val(form, 'status')} required errors={errors} empty={t('form.choose')}
        options={CONFORMITY_STATUSES.map((s) => [s, t(`cycle.conformity.status.${s}`)])} />
      <TextField t={t} name="since" label={labels.since} value={val(form, 'since')} type="date" errors={errors} hint={t('cycle.conformity.sinceHint')} />
      <BilingualField t={t} name="note" label={t('cycle.conformity.note')} form={form} errors={errors} area />
      <TextField t={t} name="source" label={labels.source} value={val(form, 'source')} errors={errors} hint={t('cycle.sourceHint')} />
    </FormShell>
  );
}
