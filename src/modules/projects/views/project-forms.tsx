import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { Csrf, TextArea, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { val, type Form } from '../form-input.js';
import type { ProjectDetail } from '../queries/detail.js';
import { draftKey } from './project-page.js';
import { ActionError, Day, FormShell, Radios } from './parts.js';

interface FormState { form: Form; errors: FieldError[]; stale?: boolean }
const crumbs = (ctx: ViewContext, p: { code: string; title: string }): Array<[string, string]> => [[ctx.t('projects.list.title'), '/projects'], [p.title, `/projects/${encodeURIComponent(p.code)}`]];

export function MilestoneFormPage({ ctx, project, state, milestoneId }: { ctx: ViewContext; project: { code: string; title: string }; state: FormState; milestoneId?: number }): Html {
  const { t } = ctx;
  const code = encodeURIComponent(project.code);
  const editing = milestoneId !== undefined;
  const title = editing ? t('projects.milestoneForm.editTitle') : t('projects.milestoneForm.newTitle');
  const labels = { title: t('projects.milestone.title'), dueOn: t('projects.milestone.due'), doneOn: t('projects.milestoneForm.doneOn'), note: t('projects.milestoneForm.note'), position: t('projects.milestoneForm.position') };
  const { form, errors } = state;
  return (
    <FormShell ctx={ctx} title={title} crumbs={crumbs(ctx, project)} action={editing ? `/projects/${code}/milestones/${milestoneId}/edit` : `/projects/${code}/milestones`}
      cancel={`/projects/${code}`} draft={editing ? `project-${project.code}-milestone-${milestoneId}` : draftKey(project.code, 'milestone-new')} version={val(form, 'version')}
      errors={errors} labels={labels} stale={state.stale} lead={t('projects.milestoneForm.lead')}>
      <TextField t={t} name="title" label={labels.title} value={val(form, 'title')} errors={errors} required />
      <TextField t={t} name="dueOn" type="date" label={labels.dueOn} value={val(form, 'dueOn')} errors={errors} required hint={t('projects.form.dateHint')} />
      {editing ? <TextField t={t} name="doneOn" type="date" label={labels.doneOn} value={val(form, 'doneOn')} errors={errors} hint={t('projects.milestoneForm.doneOnHint')} /> : null}
      <TextArea t={t} name="note" label={labels.note} value={val(form, 'note')} errors={errors} rows={3} hint={t('projects.milestoneForm.noteHint')} />
      <TextField t={t} name="position" label={labels.position} value={val(form, 'position')} errors={errors} inputmode="numeric" hint={t('projects.milestoneForm.positionHint')} />
    </FormShell>
  );
}

export function ReportFormPage({ ctx, project, state, openMilestones }: { ctx: ViewContext; project: { code: string; title: string }; state: FormState; openMilestones: string[] }): Html {
  const { t } = ctx;
  const { form, errors } = state;
  const kind = val(form, 'kind') === 'final' ? 'final' : 'progress';
  const title = kind === 'final' ? t('projects.reportForm.finalTitle') : t('projects.reportForm.progressTitle');
  const labels = { kind: t('projects.reportForm.kind'), periodLabel: t('projects.reportForm.period'), text: t('projects.reportForm.text') };
  return (
    <FormShell ctx={ctx} title={title} crumbs={crumbs(ctx, project)} action={`/projects/${encodeURIComponent(project.code)}/reports`}
      cancel={`/projects/${encodeURIComponent(project.code)}`} draft={draftKey(project.code, kind === 'final' ? 'report-final' : 'report-progress')} version=""
      errors={errors} labels={labels} submit={t('projects.reportForm.submit')} lead={t('projects.reportForm.lead')}>
      <Radios t={t} name="kind" legend={labels.kind} value={kind} errors={errors}
        options={[['progress', t('projects.reportForm.kindProgress')], ['final', t('projects.reportForm.kindFinal')]]} />
      {kind === 'final' && openMilestones.length ? (
        <div class="notice" role="note">
          <p>{t('projects.reportForm.openMilestones')}</p>
          <ul>{openMilestones.map((m) => <li>{m}</li>)}</ul>
        </div>
      ) : null}
      <TextField t={t} name="periodLabel" label={labels.periodLabel} value={val(form, 'periodLabel')} errors={errors} hint={t('projects.reportForm.periodHint')} />
      <TextArea t={t} name="text" label={labels.text} value={val(form, 'text')} errors={errors} required rows={14} hint={t('projects.reportForm.textHint')} />
    </FormShell>
  );
}

/** What closing needs, ticked off; the button only when nothing is missing (the server checks again). */
export function ClosePage({ ctx, p, hasCompleteLesson, refusal }: { ctx: ViewContext; p: ProjectDetail; hasCompleteLesson: boolean; refusal?: string | undefined }): Html {
  const { t, lang } = ctx;
  const code = encodeURIComponent(p.code);
  const ready = p.hasFinalReport && hasCompleteLesson;
  const title = t('projects.close.pageTitle', { title: p.title });
  const item = (ok: boolean, text: string) => <li>{ok ? t('projects.close.ok') : t('projects.close.missing')}: {text}</li>;
  return (
    <Layout ctx={ctx} title={title} crumbs={crumbs(ctx, p)} api={null}>
      <h1>{title}</h1>
      <ActionError message={refusal} />
      <p>{t('projects.close.intro')}</p>
      <h2>{t('projects.close.checklist')}</h2>
      <ul>
        {item(p.hasFinalReport, t('projects.close.finalReport'))}
        {item(hasCompleteLesson, t('projects.close.lesson'))}
      </ul>
      {p.milestones.some((m) => m.status === 'open') ? (
        <div>
          <h2>{t('projects.close.openMilestones')}</h2>
          <ul>{p.milestones.filter((m) => m.status === 'open').map((m) => <li>{m.title} (<Day lang={lang} iso={m.dueOn} />)</li>)}</ul>
        </div>
      ) : null}
      <p>{t('projects.close.publishes', { count: p.lessons.filter((l) => !l.published).length })}</p>
      {ready ? (
        <form method="post" action={`/projects/${code}/close`}>
          <Csrf token={ctx.csrfToken} />
          <input type="hidden" name="version" value={String(p.version)} />
          <div class="actions">
            <button type="submit" class="button">{t('projects.close.confirm')}</button>
            <a href={`/projects/${code}`}>{t('form.cancel')}</a>
          </div>
        </form>
      ) : <p><strong>{t('projects.close.notReady')}</strong> <a href={`/projects/${code}`}>{t('projects.close.back')}</a></p>}
    </Layout>
  );
}
