import type { FastifyInstance } from 'fastify';
import { AppError, invalid, notFound } from '../../plugins/errors.js';
import type { MissingFact } from './commands/completeness.js';
import { IncompletePage } from './views/incomplete.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { seesDrafts, visiblePublication } from './access.js';
import { preparePublication } from './commands/prepare-publication.js';
import { refreshPublication } from './commands/refresh-publication.js';
import { transitionPublication } from './commands/transition-publication.js';
import { CORRECTION_FIELDS, publicationInput, readForm } from './form-mapping.js';
import { backToMeeting, meetingRef, meetingStateOf } from './meeting-routes.js';
import { refusal } from './page-errors.js';
import { requires } from './permissions.js';
import { publicationById, publicationsOf } from './queries.js';
import {
  meetingParams, PUBLICATION_KINDS, publicationParams, publicationVersionParams, type IdParams, type PublicationKind, type PublicationVersionParams,
} from './schemas.js';
import { CorrectionFormPage } from './views/meeting-forms.js';
import { PublicationPage } from './views/publication.js';

const kindQuery = {
  type: 'object', required: ['kind'], additionalProperties: false,
  properties: { kind: { type: 'string', enum: PUBLICATION_KINDS }, lang: { type: 'string', enum: ['nl', 'en'] } },
} as const;

/** Pages and buttons for a meeting's agenda, decision list and minutes: prepare, correct, view, refresh, approve, publish. */
export async function governancePublicationRoutes(app: FastifyInstance) {
  const db = app.db;
  const stateOf = (id: number) => meetingStateOf(db, id);
  const ref = meetingRef;
  const back = backToMeeting;

  app.get('/meetings/:id/publications/new', { schema: { params: meetingParams, querystring: kindQuery } }, async (request, reply) => {
    request.authorize('governance.preparePublications');
    const s = await stateOf((request.params as IdParams).id);
    const { kind } = request.query as { kind: PublicationKind };
    const latest = (await publicationsOf(db, s.meeting.id, true)).find((p) => p.kind === kind);
    if (!latest) throw notFound('published version', `${s.meeting.id}/${kind}`);
    return sendPage(reply, <CorrectionFormPage ctx={viewContext(request)} meeting={ref(request, s)} kind={kind} form={readForm({}, CORRECTION_FIELDS)} errors={[]} published={latest.version} />);
  });

  app.post('/meetings/:id/publications', { ...requires('governance.preparePublications'), schema: { params: meetingParams } }, async (request, reply) => {
    const user = request.authorize('governance.preparePublications')!;
    const s = await stateOf((request.params as IdParams).id);
    const form = readForm(request.body, CORRECTION_FIELDS);
    try {
      const parsed = publicationInput(form);
      if (!parsed.ok) throw invalid(parsed.errors);
      await db.transaction().execute((tx) => preparePublication(tx, user.id, s.meeting.id, parsed.input));
      return reply.redirect(back(s.meeting.id, 'prepared', '#publications'), 303);
    } catch (err) {
      const kind = PUBLICATION_KINDS.find((k) => k === form.kind);
      const latest = kind ? (await publicationsOf(db, s.meeting.id, true)).find((p) => p.kind === kind) : undefined;
      if (!kind || !latest) throw err;
      const r = refusal(request.t, err);
      reply.code(r.status);
      return sendPage(reply, <CorrectionFormPage ctx={viewContext(request)} meeting={ref(request, s)} kind={kind} form={form} errors={r.errors} published={latest.version} problem={r.problem} />);
    }
  });

  app.get('/meetings/:id/publications/:kind/:version', { schema: { params: publicationVersionParams } }, async (request, reply) => {
    const { id, kind, version } = request.params as PublicationVersionParams;
    const drafts = seesDrafts(request);
    const p = await visiblePublication(db, id, kind, version, drafts);
    const versions = (await publicationsOf(db, id, !drafts)).filter((v) => v.kind === kind);
    return sendPage(reply, <PublicationPage ctx={viewContext(request)} p={p} versions={versions} />);
  });

  const digestOf = (body: unknown) => {
    const digest = (body as Record<string, unknown> | undefined)?.digest;
    if (typeof digest !== 'string' || !digest) throw invalid([{ field: 'digest', message: 'is required', code: 'required' }]);
    return digest;
  };

  app.post('/publications/:id/refresh', { ...requires('governance.preparePublications'), schema: { params: publicationParams } }, async (request, reply) => {
    const user = request.authorize('governance.preparePublications')!;
    const { id } = request.params as IdParams;
    const p = await publicationById(db, id);
    if (!p) throw notFound('publication', id);
    await db.transaction().execute((tx) => refreshPublication(tx, user.id, id, { digest: digestOf(request.body) }));
    return reply.redirect(back(p.meetingId, 'refreshed', '#publications'), 303);
  });

  for (const step of ['approve', 'publish'] as const) {
    app.post(`/publications/:id/${step}`, { ...requires(step === 'approve' ? 'governance.approve' : 'governance.publish'), schema: { params: publicationParams } }, async (request, reply) => {
      const user = request.authorize(step === 'approve' ? 'governance.approve' : 'governance.publish')!;
      const { id } = request.params as IdParams;
      const p = await publicationById(db, id);
      if (!p) throw notFound('publication', id);
      try {
        await db.transaction().execute((tx) => transitionPublication(tx, user.id, id, digestOf(request.body), step));
      } catch (err) {
        if (!(err instanceof AppError) || err.code !== 'GOVERNANCE_INCOMPLETE') throw err;
        reply.code(409);
        return sendPage(reply, <IncompletePage ctx={viewContext(request)} missing={err.extra.missing as MissingFact[]} back={`/meetings/${p.meetingId}#publications`} />);
      }
      return reply.redirect(back(p.meetingId, step === 'approve' ? 'approved' : 'published', '#publications'), 303);
    });
  }
}
