import type { FastifyRequest } from 'fastify';
import { notFound } from '../../plugins/errors.js';
import { viewContext } from '../../web/context.js';
import { h, Html } from '../../web/jsx.js';
import { checkDraft } from './commands/publish-draft.js';
import { editableDraft } from './form-support.js';
import { val } from './form-mapping.js';
import { ConfirmPage } from './views/confirm.js';
import { ProblemList } from './views/draft-panel.js';
import type { FormState } from './views/forms.js';
import { StaleNotice } from './views/parts.js';

/** A refusal on a confirmation page: a newer edit (continue from it) or a plain reason. */
function Refused({ request, version, state }: { request: FastifyRequest; version: number; state: FormState | undefined }): Html {
  if (!state) return new Html('');
  if (state.stale) return <StaleNotice t={request.t} stale={state.stale} href={`/maturity/models/${version}`} />;
  return <div class="notice notice-error" role="alert"><ul>{state.errors.map((e) => <li>{e.message}</li>)}</ul></div>;
}

const rowVersionOf = (head: { rowVersion: number }, state?: FormState) => (state ? Number(val(state.form, 'rowVersion')) || head.rowVersion : head.rowVersion);

export async function removeDimensionPage(request: FastifyRequest, version: number, code: string, state?: FormState) {
  const { t, lang } = request;
  const { head, model } = await editableDraft(request, version);
  const d = model.dimensions.find((x) => x.code === code);
  if (!d) throw notFound('dimension', `${version}/${code}`);
  return (
    <ConfirmPage ctx={viewContext(request)} version={version} rowVersion={rowVersionOf(head, state)} title={t('maturity.confirm.removeDimension', { name: d.name[lang] || d.code })}
      action={`/maturity/models/${version}/dimensions/${code}/remove`} button={t('maturity.confirm.removeButton')} cancel={`/maturity/models/${version}#dim-${code}`} danger>
      <Refused request={request} version={version} state={state} />
      <p>{t('maturity.confirm.removeDimensionText', { questions: d.questions.length })}</p>
      {d.questions.length ? <ul>{d.questions.map((q) => <li>{q.text[lang]}</li>)}</ul> : null}
      <p>{t('maturity.confirm.mappingReminder')}</p>
    </ConfirmPage>
  );
}

export async function removeQuestionPage(request: FastifyRequest, version: number, code: string, state?: FormState) {
  const { t, lang } = request;
  const { head, model } = await editableDraft(request, version);
  const q = [...model.questions.values()].find((x) => x.code === code);
  if (!q) throw notFound('question', `${version}/${code}`);
  return (
    <ConfirmPage ctx={viewContext(request)} version={version} rowVersion={rowVersionOf(head, state)} title={t('maturity.confirm.removeQuestion', { code })}
      action={`/maturity/models/${version}/questions/${code}/remove`} button={t('maturity.confirm.removeButton')} cancel={`/maturity/models/${version}#q-${code}`} danger>
      <Refused request={request} version={version} state={state} />
      <blockquote><p>{q.text[lang]}</p></blockquote>
    </ConfirmPage>
  );
}

export async function discardPage(request: FastifyRequest, version: number, state?: FormState) {
  const { t } = request;
  const { head, model } = await editableDraft(request, version);
  return (
    <ConfirmPage ctx={viewContext(request)} version={version} rowVersion={rowVersionOf(head, state)} title={t('maturity.confirm.discard', { version })}
      action={`/maturity/models/${version}/discard`} button={t('maturity.confirm.discardButton')} cancel={`/maturity/models/${version}`} danger>
      <Refused request={request} version={version} state={state} />
      <p>{t('maturity.confirm.discardText', { questions: model.questions.size })}</p>
    </ConfirmPage>
  );
}

/** Before publishing: what still blocks it, or what publishing will do. */
export async function publishPage(request: FastifyRequest, version: number, state?: FormState) {
  const { t } = request;
  const { head } = await editableDraft(request, version);
  const { problems, previous } = await checkDraft(request.server.db, head.id);
  return (
    <ConfirmPage ctx={viewContext(request)} version={version} rowVersion={rowVersionOf(head, state)} title={t('maturity.confirm.publish', { version })}
      action={`/maturity/models/${version}/publish`} button={t('maturity.confirm.publishButton', { version })} cancel={`/maturity/models/${version}`} blocked={problems.length > 0}>
      <Refused request={request} version={version} state={state} />
      {problems.length ? [
        <div class="notice notice-error" role="alert">
          <p>{t('maturity.publish.notReady', { count: problems.length })}</p>
          <ProblemList t={t} problems={problems} />
        </div>,
        problems.some((p) => p.code === 'unmapped') ? <p><a href={`/maturity/models/${version}/mappings`}>{t('maturity.edit.mappings', { version: previous?.version ?? '' })}</a></p> : null,
      ] : [
        <p>{t('maturity.publish.ready')}</p>,
        <ul>
          <li>{t('maturity.confirm.publishEffect1', { version })}</li>
          {previous ? <li>{t('maturity.confirm.publishEffect2', { previous: previous.version })}</li> : null}
          <li>{t('maturity.confirm.publishEffect3')}</li>
        </ul>,
      ]}
    </ConfirmPage>
  );
}
