import type { FastifyInstance } from 'fastify';
import { loadHistory } from '../../plugins/audit.js';
import { problemResponses } from '../../web/openapi.js';
import { seesDrafts, visibleDecision, visibleMeeting, visiblePublication } from './access.js';
import { decisionSchema, historySchema, meetingSchema, publicationSchema } from './api-schemas.js';
import { addAgendaItem } from './commands/add-agenda-item.js';
import { createDecision } from './commands/create-decision.js';
import { createMeeting } from './commands/create-meeting.js';
import { preparePublication } from './commands/prepare-publication.js';
import { recordAttendance } from './commands/record-attendance.js';
import { recordTreatment } from './commands/record-treatment.js';
import { refreshPublication } from './commands/refresh-publication.js';
import { transitionPublication } from './commands/transition-publication.js';
import { updateAgendaItem } from './commands/update-agenda-item.js';
import { updateMeeting } from './commands/update-meeting.js';
import { presentDecision, presentInternalMeeting, presentPublication, presentPublicMeeting } from './presenters.js';
import { followUpOf, publicationById } from './queries.js';
import {
  agendaItemParams, attendanceBody, bodyCodeParams, createAgendaItemBody, createDecisionBody, createMeetingBody, meetingParams, preparePublicationBody,
  publicationActionBody, publicationParams, publicationVersionParams, refreshPublicationBody, treatmentBody, updateAgendaItemBody, updateMeetingBody,
  type AgendaItemParams, type AttendanceInput, type CodeParams, type CreateAgendaItemInput, type CreateDecisionInput, type CreateMeetingInput,
  type IdParams, type PreparePublicationInput, type PublicationActionInput, type PublicationVersionParams, type RefreshPublicationInput,
  type TreatmentInput, type UpdateAgendaItemInput, type UpdateMeetingInput,
} from './schemas.js';
import { requires } from './permissions.js';

const tags = ['governance'];
const writeResponses = (ok: number, schema: object) => ({ [ok]: schema, ...problemResponses(400, 401, 403, 404, 409) });
const meetingVersionNote = 'Send the meeting version you started from; any change to the meeting, its agenda, treatments or attendance raises it';

/** JSON twins of the meeting pages: meetings (besluit:Zitting), their agenda, treatments, decisions and publications. */
export async function governanceMeetingApiRoutes(app: FastifyInstance) {
  const base = app.config.publicBase;
  const internal = async (id: number) => {
    const { state, publications } = await visibleMeeting(app.db, id, true);
    return presentInternalMeeting(state!, publications, base);
  };

  app.post('/api/bodies/:code/meetings', {
    ...requires('governance.editMeetings'),
    schema: { tags, summary: 'Plan a meeting of a body', params: bodyCodeParams, body: createMeetingBody, response: writeResponses(201, meetingSchema) },
  }, async (request, reply) => {
    const user = request.authorize('governance.editMeetings')!;
    const id = await app.db.transaction().execute((tx) => createMeeting(tx, user.id, (request.params as CodeParams).code, request.body as CreateMeetingInput));
    return reply.code(201).header('location', `/api/meetings/${id}`).send(await internal(id));
  });

  app.get('/api/meetings/:id', {
    schema: {
      tags, summary: 'A meeting: visitors get its published agenda, decision list and minutes; the transition team and steering committee also the live records',
      params: meetingParams, response: { 200: meetingSchema, ...problemResponses(400, 404) },
    },
  }, async (request) => {
    const { id } = request.params as IdParams;
    const drafts = seesDrafts(request);
    const { state, publications } = await visibleMeeting(app.db, id, drafts);
    return drafts ? presentInternalMeeting(state!, publications, base) : presentPublicMeeting(id, publications, base);
  });

  app.get('/api/meetings/:id/history', {
    schema: { tags, summary: 'Change history of a meeting, its agenda, treatments and attendance', params: meetingParams, response: { 200: historySchema, ...problemResponses(401, 403, 404) } },
  }, async (request) => {
    request.authorize('governance.viewHistory');
    const { id } = request.params as IdParams;
    await visibleMeeting(app.db, id, true);
    return loadHistory(app.db, 'meeting', String(id), 100);
  });

  app.put('/api/meetings/:id', {
    ...requires('governance.editMeetings'),
    schema: { tags, summary: 'Change the time, place, chair or status of a meeting', description: meetingVersionNote, params: meetingParams, body: updateMeetingBody, response: writeResponses(200, meetingSchema) },
  }, async (request) => {
    const user = request.authorize('governance.editMeetings')!;
    const { id } = request.params as IdParams;
    await app.db.transaction().execute((tx) => updateMeeting(tx, user.id, id, request.body as UpdateMeetingInput));
    return internal(id);
  });

  app.post('/api/meetings/:id/agenda-items', {
    ...requires('governance.editMeetings'),
    schema: { tags, summary: 'Add an agenda item (besluit:Agendapunt)', description: meetingVersionNote, params: meetingParams, body: createAgendaItemBody, response: writeResponses(201, meetingSchema) },
  }, async (request, reply) => {
    const user = request.authorize('governance.editMeetings')!;
    const { id } = request.params as IdParams;
    await app.db.transaction().execute((tx) => addAgendaItem(tx, user.id, id, request.body as CreateAgendaItemInput));
    return reply.code(201).send(await internal(id));
  });

  app.put('/api/meetings/:id/agenda-items/:itemId', {
    ...requires('governance.editMeetings'),
    schema: { tags, summary: 'Change or move an agenda item', description: meetingVersionNote, params: agendaItemParams, body: updateAgendaItemBody, response: writeResponses(200, meetingSchema) },
  }, async (request) => {
    const user = request.authorize('governance.editMeetings')!;
    const { id, itemId } = request.params as AgendaItemParams;
    await app.db.transaction().execute((tx) => updateAgendaItem(tx, user.id, id, itemId, request.body as UpdateAgendaItemInput));
    return internal(id);
  });

  app.put('/api/meetings/:id/agenda-items/:itemId/treatment', {
    ...requires('governance.editMeetings'),
    schema: { tags, summary: 'Record the treatment of an agenda item (besluit:BehandelingVanAgendapunt)', description: meetingVersionNote, params: agendaItemParams, body: treatmentBody, response: writeResponses(200, meetingSchema) },
  }, async (request) => {
    const user = request.authorize('governance.editMeetings')!;
    const { id, itemId } = request.params as AgendaItemParams;
    await app.db.transaction().execute((tx) => recordTreatment(tx, user.id, id, itemId, request.body as TreatmentInput));
    return internal(id);
  });

  app.put('/api/meetings/:id/attendance', {
    ...requires('governance.editMeetings'),
    schema: { tags, summary: 'Record who attended', description: meetingVersionNote, params: meetingParams, body: attendanceBody, response: writeResponses(200, meetingSchema) },
  }, async (request) => {
    const user = request.authorize('governance.editMeetings')!;
    const { id } = request.params as IdParams;
    await app.db.transaction().execute((tx) => recordAttendance(tx, user.id, id, request.body as AttendanceInput));
    return internal(id);
  });

  app.post('/api/meetings/:id/agenda-items/:itemId/decisions', {
    ...requires('governance.editDecisions'),
    schema: {
      tags, summary: 'Record a draft decision (besluit:Besluit) taken in the treatment of an agenda item, with what it is about',
      description: 'Subjects must exist: action lines, plans, actions, KPIs, bodies and instruments are looked up in their tables. Calls are refused until they exist.',
      params: agendaItemParams, body: createDecisionBody, response: writeResponses(201, decisionSchema),
    },
  }, async (request, reply) => {
    const user = request.authorize('governance.editDecisions')!;
    const { id, itemId } = request.params as AgendaItemParams;
    const code = await app.db.transaction().execute((tx) => createDecision(tx, user.id, id, itemId, request.body as CreateDecisionInput));
    const decision = await visibleDecision(app.db, code, true);
    return reply.code(201).header('location', `/api/decisions/${code}`).send(presentDecision(decision, base, await followUpOf(app.db, decision.id)));
  });

  app.post('/api/meetings/:id/publications', {
    ...requires('governance.preparePublications'),
    schema: {
      tags, summary: 'Freeze the agenda, decision list or minutes of a meeting as a new draft version; after publication, a new version is a correction',
      params: meetingParams, body: preparePublicationBody, response: writeResponses(201, publicationSchema),
    },
  }, async (request, reply) => {
    const user = request.authorize('governance.preparePublications')!;
    const { id } = request.params as IdParams;
    const pid = await app.db.transaction().execute((tx) => preparePublication(tx, user.id, id, request.body as PreparePublicationInput));
    return reply.code(201).send(presentPublication((await publicationById(app.db, pid))!, base));
  });

  app.get('/api/meetings/:id/publications/:kind/:version', {
    schema: { tags, summary: 'One version of a meeting\'s agenda, decision list or minutes', params: publicationVersionParams, response: { 200: publicationSchema, ...problemResponses(400, 404) } },
  }, async (request) => {
    const { id, kind, version } = request.params as PublicationVersionParams;
    return presentPublication(await visiblePublication(app.db, id, kind, version, seesDrafts(request)), base);
  });

  app.put('/api/publications/:id', {
    ...requires('governance.preparePublications'),
    schema: {
      tags, summary: 'Refresh an unpublished version from the meeting as it is now (it becomes a draft again); a published version answers 409',
      params: publicationParams, body: refreshPublicationBody, response: writeResponses(200, publicationSchema),
    },
  }, async (request) => {
    const user = request.authorize('governance.preparePublications')!;
    const { id } = request.params as IdParams;
    await app.db.transaction().execute((tx) => refreshPublication(tx, user.id, id, request.body as RefreshPublicationInput));
    return presentPublication((await publicationById(app.db, id))!, base);
  });

  for (const step of ['approve', 'publish'] as const) {
    app.post(`/api/publications/:id/${step}`, {
      ...requires(step === 'approve' ? 'governance.approve' : 'governance.publish'),
      schema: {
        tags, summary: step === 'approve' ? 'Approve a draft version (steering committee)' : 'Publish an approved version (steering committee); a decision list also publishes its approved decisions',
        params: publicationParams, body: publicationActionBody, response: writeResponses(200, publicationSchema),
      },
    }, async (request) => {
      const user = request.authorize(step === 'approve' ? 'governance.approve' : 'governance.publish')!;
      const { id } = request.params as IdParams;
      await app.db.transaction().execute((tx) => transitionPublication(tx, user.id, id, (request.body as PublicationActionInput).digest, step));
      return presentPublication((await publicationById(app.db, id))!, base);
    });
  }
}
