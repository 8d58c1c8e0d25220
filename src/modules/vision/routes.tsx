import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { AppError } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendCachedPage, sendPage } from '../../web/page.js';
import { answerComment, addComment } from './commands/comments.js';
import { endorse, withdrawEndorsement } from './commands/endorsements.js';
import { closeRound, openRound, startNextRound } from './commands/rounds.js';
import { unansweredBefore } from './commands/shared.js';
import { writeEndorsementKpi } from './commands/write-kpi.js';
import { ENDORSEMENT_KPI, LIMITS } from './constants.js';
import { check, integer, readForm, val, type Form } from './form-mapping.js';
import { actionRefusal, refusal } from './page-errors.js';
import { requires } from './permissions.js';
import { listScenarioSets } from './queries/scenarios.js';
import {
  findComment, listVisions, myOrganisations, pickRound, visionHistory,
} from './queries/vision.js';
import { filteredCount } from './read-model.js';
import type { VisionReads } from './reads.js';
import { commentBody, commentsQuery, kpiBody, roundParams, codeParams, idParams, endorsementParams, answerBody, type AnswerInput, type CommentInput, type CommentsQuery, type CodeParams, type RoundParams, type IdParams, type EndorsementParams } from './schemas.js';
import { inTransaction } from './transaction.js';
import type { AnswerState } from './views/comments.js';
import { CommentItems } from './views/comments.js';
import { ConsultationPage } from './views/consultation.js';
import { Participation } from './views/participation.js';
import { HubPage } from './views/hub.js';

const SAVED = new Set(['created', 'roundSaved', 'opened', 'closed', 'started', 'commented', 'answered', 'endorsed', 'withdrawn', 'kpiWritten', 'pathSaved', 'lineLinked', 'lineUnlinked', 'setSaved', 'scenarioSaved', 'signalLogged']);

/** `?saved=x` after a redirect names the confirmation to show (and the draft to clear). */
export function savedNotice(request: FastifyRequest): string | undefined {
  const saved = (request.query as Record<string, unknown>)?.saved;
  return typeof saved === 'string' && SAVED.has(saved) ? `vision.saved.${saved}` : undefined;
}

interface RoundExtras {
  commentForm?: { form: Form; errors: import('../../plugins/errors.js').FieldError[] };
  answerState?: AnswerState;
  actionError?: string;
  query?: CommentsQuery;
}

/** The consultation pages, and the actions taken on them (comment, answer, endorse, open, close). */
export async function visionRoutes(app: FastifyInstance, { reads }: { reads: VisionReads }) {
  const catalog = app.readModels.catalog;
  const allowed = (request: FastifyRequest, action: string) => can(principalOf(request.user), action);

  const renderHub = async (request: FastifyRequest, reply: FastifyReply, kpi?: { errors: import('../../plugins/errors.js').FieldError[]; year: string; actionError?: string }) => {
    const [visions, paths, sets] = await Promise.all([listVisions(app.db, allowed(request, 'vision.viewDrafts')), reads.paths(), listScenarioSets(app.db)]);
    return sendPage(reply, <HubPage ctx={viewContext(request)} visions={visions} paths={paths} scenarioSets={sets.length}
      can={{ edit: allowed(request, 'vision.edit'), writeKpi: allowed(request, 'vision.writeKpi') }} notice={savedNotice(request)}
      kpiErrors={kpi?.errors ?? []} kpiYear={kpi?.year ?? new Date().toISOString().slice(0, 4)} actionError={kpi?.actionError} />);
  };

  app.get('/vision', async (request, reply) => {
    request.authorize('vision.read');
    return renderHub(request, reply);
  });

  app.post('/vision/kpi-measurements', async (request, reply) => {
    const user = request.authorize('vision.writeKpi')!;
    const year = val(readForm(request.body, ['year']), 'year');
    try {
      const parsed = check<{ year: number }>(kpiBody, { year: integer(year) });
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      await inTransaction(app.db, (tx) => writeEndorsementKpi(tx, user.id, parsed.input.year));
      app.readModels.responses.invalidateTags(['kpi:*', `kpi:${ENDORSEMENT_KPI}`]);
      app.readModels.catalog.touch('monitoring');
      return reply.redirect('/vision?saved=kpiWritten', 303);
    } catch (err) {
      const r = refusal(request, reply, err, { year });
      return renderHub(request, reply, { errors: r.errors, year });
    }
  });

  const renderRound = async (request: FastifyRequest, reply: FastifyReply, code: string, n: number | undefined, extras: RoundExtras = {}) => {
    const seesDrafts = allowed(request, 'vision.viewDrafts');
    const vision = await reads.vision(code, seesDrafts);
    const round = await reads.round(pickRound(vision, n));
    const q = extras.query ?? (request.query as CommentsQuery) ?? {};
    const status = q.status ?? 'all';
    const render = async () => {
      const model = await reads.roundModel(round.id);
      const stats = model.stats();
      const total = filteredCount(stats, q.section, status);
      const pages = Math.max(1, Math.ceil(total / LIMITS.commentsPage));
      const page = Math.min(q.page ?? 1, pages);
      const items = model.page(q.section, status, page);
      const endorsements = model.endorsements();
      const user = request.user;
      const ctx = viewContext(request);
      const list = { items, total, page, pages, section: q.section, status };
      const canAnswer = allowed(request, 'vision.answer');
      const basePath = `/vision/${vision.code}/rounds/${round.number}`;
      // Readers who cannot answer see the same parts for the same data: rendered once, then reused.
      const fragments = {
        participation: reads.fragment(`participation:${round.id}:${model.generation}:${ctx.lang}`,
          () => <Participation t={ctx.t} lang={ctx.lang} catalog={catalog} stats={stats} endorsements={endorsements} apiHref={`/api${basePath}`} />),
        // Keyed by the comments shown (ids and versions), not by the counts around them: a new
        // comment leaves every page it is not on as it was.
        commentItems: canAnswer || extras.answerState ? undefined : reads.fragment(
          `comments:${round.id}:${model.epoch}:${ctx.lang}:${items.map((c) => `${c.id}.${c.version}`).join(',')}`,
          () => <CommentItems ctx={ctx} items={items} basePath={basePath} canAnswer={false} answerState={undefined} />),
      };
      return <ConsultationPage ctx={ctx} catalog={catalog} vision={vision} round={round} stats={stats} endorsements={endorsements}
        comments={list} fragments={fragments}
        mine={user ? await myOrganisations(app.db, user.id, round.id) : null}
        can={{ comment: allowed(request, 'vision.comment'), edit: allowed(request, 'vision.edit'), answer: allowed(request, 'vision.answer') }}
        commentForm={extras.commentForm} answerState={extras.answerState} actionError={extras.actionError} notice={savedNotice(request)}
        history={allowed(request, 'vision.viewHistory') ? await visionHistory(app.db, code) : null}
        unansweredBefore={seesDrafts && round.status === 'draft' ? await unansweredBefore(app.db, vision.id, round.number) : 0} />;
    };
    // A visitor without a session sees the same page for the same address: rendered once per change.
    if (!extras.commentForm && !extras.answerState && !extras.actionError) return sendCachedPage(request, reply, render, ['vision', 'access']);
    return sendPage(reply, await render());
  };

  app.get('/vision/:code', { schema: { params: codeParams, querystring: commentsQuery } }, async (request, reply) => {
    request.authorize('vision.read');
    return renderRound(request, reply, (request.params as CodeParams).code, undefined);
  });

  app.get('/vision/:code/rounds/:n', { schema: { params: roundParams, querystring: commentsQuery } }, async (request, reply) => {
    request.authorize('vision.read');
    const { code, n } = request.params as RoundParams;
    return renderRound(request, reply, code, n);
  });

  /** Where a comment is: its round and the page of the unfiltered list it sits on. */
  const commentAddress = async (id: number) => {
    const ref = (await findComment(app.db, id))!;
    const row = await app.db.selectFrom('vision_comments').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('round_id', '=', (eb) => eb.selectFrom('vision_comments').select('round_id').where('id', '=', id)).where('id', '<=', id).executeTakeFirstOrThrow();
    const page = Math.ceil(Number(row.n) / LIMITS.commentsPage);
    return { code: ref.code, n: ref.number, page, href: (saved: string) => `/vision/${ref.code}/rounds/${ref.number}?page=${page}&saved=${saved}#comment-${id}` };
  };

  app.post('/vision/:code/rounds/:n/comments', { ...requires('vision.comment'), schema: { params: roundParams } }, async (request, reply) => {
    const user = request.authorize('vision.comment')!;
    const { code, n } = request.params as RoundParams;
    const form = readForm(request.body, ['section', 'text', 'proposedText', 'organisationId']);
    const orgId = integer(val(form, 'organisationId'));
    const candidate = { section: val(form, 'section') || undefined, text: val(form, 'text').trim(), proposedText: val(form, 'proposedText'), ...(orgId !== undefined ? { organisationId: orgId } : {}) };
    try {
      const parsed = check<CommentInput>(commentBody, candidate);
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      const id = await inTransaction(app.db, (tx) => addComment(tx, user, code, n, parsed.input));
      app.readModels.catalog.touch('vision');
      return reply.redirect((await commentAddress(id)).href('commented'), 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      return renderRound(request, reply, code, n, { commentForm: { form: r.form, errors: r.errors }, query: {} });
    }
  });

  app.post('/vision/comments/:id/answer', { ...requires('vision.answer'), schema: { params: idParams } }, async (request, reply) => {
    const user = request.authorize('vision.answer')!;
    const { id } = request.params as IdParams;
    const form = readForm(request.body, ['answer', 'version', `a${id}-reason`]);
    const candidate = { version: integer(val(form, 'version')), answer: val(form, 'answer') || undefined, reason: val(form, `a${id}-reason`).trim() };
    const where = await commentAddress(id).catch(() => null);
    if (!where) throw new AppError('NOT_FOUND', 404, `comment ${id} does not exist`);
    try {
      const parsed = check<AnswerInput>(answerBody, candidate);
      if (!parsed.ok) throw new AppError('VALIDATION_FAILED', 400, 'invalid', parsed.errors);
      await inTransaction(app.db, (tx) => answerComment(tx, user.id, id, parsed.input));
      app.readModels.catalog.touch('vision');
      return reply.redirect(where.href('answered'), 303);
    } catch (err) {
      const r = refusal(request, reply, err, form);
      const answerState: AnswerState = {
        id, errors: r.errors, stale: r.stale, answer: val(form, 'answer'), reason: val(form, `a${id}-reason`), version: Number(r.form.version) || 0,
      };
      return renderRound(request, reply, where.code, where.n, { answerState, query: { page: where.page } });
    }
  });

  const action = (path: string, permission: string, run: (request: FastifyRequest, code: string, n: number) => Promise<string>) => {
    app.post(path, { ...requires(permission), schema: { params: path.includes(':organisationId') ? endorsementParams : path.endsWith('/rounds') ? codeParams : roundParams } }, async (request, reply) => {
      request.authorize(permission);
      const { code, n } = request.params as RoundParams;
      try {
        const location = await run(request, code, n);
        app.readModels.catalog.touch('vision');
        return reply.redirect(location, 303);
      } catch (err) {
        const message = actionRefusal(request, reply, err);
        return renderRound(request, reply, code, n, { actionError: message, query: {} });
      }
    });
  };
  const user = (request: FastifyRequest) => request.user!;
  const organisationOf = (request: FastifyRequest) => Number(val(readForm(request.body, ['organisationId']), 'organisationId')) || 0;
  const roundHref = (code: string, n: number, saved: string, anchor = '') => `/vision/${code}/rounds/${n}?saved=${saved}${anchor}`;

  action('/vision/:code/rounds/:n/open', 'vision.edit', async (r, code, n) => {
    await inTransaction(app.db, (tx) => openRound(tx, user(r).id, code, n));
    return roundHref(code, n, 'opened');
  });
  action('/vision/:code/rounds/:n/close', 'vision.edit', async (r, code, n) => {
    await inTransaction(app.db, (tx) => closeRound(tx, user(r).id, code, n));
    return roundHref(code, n, 'closed');
  });
  action('/vision/:code/rounds', 'vision.edit', async (r, code) => {
    const next = await inTransaction(app.db, (tx) => startNextRound(tx, user(r).id, code));
    return `/vision/${code}/rounds/${next}/edit?saved=started`;
  });
  action('/vision/:code/rounds/:n/endorsements', 'vision.endorse', async (r, code, n) => {
    await inTransaction(app.db, (tx) => endorse(tx, user(r), code, n, organisationOf(r)));
    return roundHref(code, n, 'endorsed', '#endorse-title');
  });
  action('/vision/:code/rounds/:n/endorsements/:organisationId/withdraw', 'vision.endorse', async (r, code, n) => {
    await inTransaction(app.db, (tx) => withdrawEndorsement(tx, user(r), code, n, (r.params as EndorsementParams).organisationId));
    return roundHref(code, n, 'withdrawn', '#endorse-title');
  });

}
