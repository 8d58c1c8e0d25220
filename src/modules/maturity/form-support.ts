import type { FastifyReply, FastifyRequest } from 'fastify';
import { AppError, notFound } from '../../plugins/errors.js';
import type { Html } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import type { Tx } from './commands/shared.js';
import { notDraft } from './errors.js';
import { flatErrors, type Form, type Parsed } from './form-mapping.js';
import { findHead, readContent, type ModelHead } from './queries.js';
import { inTransaction } from './transaction.js';
import type { FormState } from './views/forms.js';

/**
 * Why a save was refused, for the form shown again with the user's input: named fields (400), a
 * taken code (409 on a field), or a newer save by someone else (409 stale: the form then continues
 * from the current row version, so saving again is a deliberate overwrite). Anything else is thrown on.
 */
export function refusal(request: FastifyRequest, reply: FastifyReply, err: unknown, form: Form): FormState {
  if (!(err instanceof AppError) || (err.status !== 400 && err.status !== 409) || err.code === 'MATURITY_NOT_DRAFT') throw err;
  reply.code(err.status);
  if (err.code === 'MATURITY_STALE') {
    const currentRowVersion = Number(err.extra.currentRowVersion);
    return { errors: [], stale: { currentRowVersion }, form: { ...form, rowVersion: String(currentRowVersion) } };
  }
  if (err.fields.length) return { errors: flatErrors(err.fields), stale: undefined, form };
  const key = `error.${err.code}`;
  const message = request.t(key) === key ? err.detail : request.t(key);
  const field = typeof err.extra.field === 'string' ? err.extra.field : 'form';
  return { errors: [err.code.endsWith('_TAKEN') ? { field, message, code: 'duplicate' } : { field, message }], stale: undefined, form };
}

/** Parse, run the command in one transaction, redirect; or show the form again with why not. */
export async function submit<T>(
  request: FastifyRequest, reply: FastifyReply, form: Form, parsed: Parsed<T>,
  run: (tx: Tx, input: T) => Promise<string>, render: (state: FormState) => Html | Promise<Html>,
) {
  try {
    if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
    const location = await inTransaction(request.server.db, (tx) => run(tx, parsed.input));
    return reply.redirect(location, 303);
  } catch (err) {
    return sendPage(reply, await render(refusal(request, reply, err, form)));
  }
}

export const fresh = (form: Form): FormState => ({ form, errors: [], stale: undefined });

/** A draft to edit: a published or retired version answers 409 with why it cannot change. */
export async function editableDraft(request: FastifyRequest, version: number): Promise<{ head: ModelHead; model: Awaited<ReturnType<typeof readContent>> }> {
  const head = await findHead(request.server.db, version);
  if (!head) throw notFound('maturity model version', version);
  if (head.status !== 'draft') throw notDraft(version, head.status);
  return { head, model: await readContent(request.server.db, head) };
}
