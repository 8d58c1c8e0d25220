import type { FastifyInstance, FastifyRequest } from 'fastify';
import { principalOf } from '../../plugins/auth.js';
import { invalid, notFound } from '../../plugins/errors.js';
import { can } from '../../plugins/permissions.js';
import { viewContext } from '../../web/context.js';
import { h } from '../../web/jsx.js';
import { sendPage } from '../../web/page.js';
import { seesDrafts, visibleBody, visibleMeeting } from './access.js';
import { addAgendaItem, typeOfNewItem } from './commands/add-agenda-item.js';
import { createDecision } from './commands/create-decision.js';
import { createMeeting } from './commands/create-meeting.js';
import { recordAttendance } from './commands/record-attendance.js';
import { recordTreatment } from './commands/record-treatment.js';
import { updateAgendaItem } from './commands/update-agenda-item.js';
import { updateMeeting } from './commands/update-meeting.js';
import {
  AGENDA_FIELDS, agendaItemInput, attendanceInput, compactSubjects, DECISION_FIELDS, decisionInput, MEETING_FIELDS, meetingForm, meetingInput,
  postedList, readForm, treatmentFields, treatmentForm, treatmentInput, type Form,
} from './form-mapping.js';
import { loadHistory } from '../../plugins/audit.js';
import { continueFrom, refusal } from './page-errors.js';
import { requires } from './permissions.js';
import { meetingState, membersOf, type MeetingState } from './queries.js';
import { agendaItemParams, bodyCodeParams, meetingParams, type AgendaItemParams, type CodeParams, type CreateDecisionInput, type IdParams } from './schemas.js';
import { DecisionFormPage } from './views/decision-form.js';
import { AgendaItemFormPage, AttendanceFormPage, MeetingFormPage, TreatmentFormPage, type MeetingRef } from './views/meeting-forms.js';
import { InternalMeetingPage, MEETING_NOTICES, PublicMeetingPage } from './views/meeting.js';
import { meetingTitle, savedFrom } from './views/parts.js';

/** Pages of a meeting (besluit:Zitting): its agenda, treatments, decisions and publications. */
export async function meetingStateOf(db: FastifyInstance['db'], id: number): Promise<MeetingState> {
  const state = await meetingState(db, id);
  if (!state) throw notFound('meeting', id);
  return state;
}

/** How a form page names the meeting it belongs to (title and breadcrumb). */
export const meetingRef = (request: FastifyRequest, s: MeetingState): MeetingRef => ({
  id: s.meeting.id, title: meetingTitle(viewContext(request), s.meeting.body.name, s.meeting.startsAt), bodyCode: s.meeting.body.code, bodyName: s.meeting.body.name[request.lang],
});

export const backToMeeting = (id: number, saved: string, anchor = '') => `/meetings/${id}?saved=${saved}${anchor}`;

export async function governanceMeetingRoutes(app: FastifyInstance) {
  const db = app.db;
  const stateOf = (id: number) => meetingStateOf(db, id);
  const ref = meetingRef;
  const itemOf = (s: MeetingState, itemId: number) => {
    const item = s.items.find((i) => i.id === itemId);
    if (!item) throw notFound('agenda item', `${s.meeting.id}/${itemId}`);
    return item;
  };
  const back = backToMeeting;

  // ---- plan and edit a meeting

  app.get('/bodies/:code/meetings/new', { schema: { params: bodyCodeParams } }, async (request, reply) => {
    request.authorize('governance.editMeetings');
    const body = await visibleBody(db, (request.params as CodeParams).code);
    return sendPage(reply, <MeetingFormPage ctx={viewContext(request)} body={{ code: body.code, name: body.name[request.lang] }} members={await membersOf(db, body.id)}
      form={readForm({}, MEETING_FIELDS)} errors={[]} mode="create" />);
  });

  app.post('/bodies/:code/meetings', { ...requires('governance.editMeetings'), schema: { params: bodyCodeParams } }, async (request, reply) => {
    const user = request.authorize('governance.editMeetings')!;
    const body = await visibleBody(db, (request.params as CodeParams).code);
    const form = readForm(request.body, MEETING_FIELDS);
    try {
      const parsed = meetingInput(form, 'create');
      if (!parsed.ok) throw invalid(parsed.errors);
      const id = await db.transaction().execute((tx) => createMeeting(tx, user.id, body.code, parsed.input as Parameters<typeof createMeeting>[3]));
      return reply.redirect(back(id, 'created'), 303);
    } catch (err) {
      const r = refusal(request.t, err);
      reply.code(r.status);
      return sendPage(reply, <MeetingFormPage ctx={viewContext(request)} body={{ code: body.code, name: body.name[request.lang] }} members={await membersOf(db, body.id)}
        form={form} errors={r.errors} mode="create" />);
    }
  });

  app.get('/meetings/:id', { schema: { params: meetingParams } }, async (request, reply) => {
    const { id } = request.params as IdParams;
    const drafts = seesDrafts(request);
    const { state, publications } = await visibleMeeting(db, id, drafts);
    if (!drafts) return sendPage(reply, <PublicMeetingPage ctx={viewContext(request)} meetingId={id} publications={publications} />);
    const history = can(principalOf(request.user), 'governance.viewHistory') ? await loadHistory(db, 'meeting', String(id), 100) : null;
    return sendPage(reply, <InternalMeetingPage ctx={viewContext(request)} state={state!} publications={publications} history={history}
      notice={savedFrom(request.query, MEETING_NOTICES)} />);
  });

  const meetingFormPage = (request: FastifyRequest, s: MeetingState, form: Form, r?: ReturnType<typeof refusal>) =>
    <MeetingFormPage ctx={viewContext(request)} body={{ code: s.meeting.body.code, name: s.meeting.body.name[request.lang] }} members={s.members}
      form={form} errors={r?.errors ?? []} mode="edit" meeting={ref(request, s)} stale={r?.stale} />;

  app.get('/meetings/:id/edit', { schema: { params: meetingParams } }, async (request, reply) => {
    request.authorize('governance.editMeetings');
    const s = await stateOf((request.params as IdParams).id);
    return sendPage(reply, meetingFormPage(request, s, meetingForm(s)));
  });

  app.post('/meetings/:id', { ...requires('governance.editMeetings'), schema: { params: meetingParams } }, async (request, reply) => {
    const user = request.authorize('governance.editMeetings')!;
    const s = await stateOf((request.params as IdParams).id);
    const form = readForm(request.body, MEETING_FIELDS);
    try {
      const parsed = meetingInput(form, 'edit');
      if (!parsed.ok) throw invalid(parsed.errors);
      await db.transaction().execute((tx) => updateMeeting(tx, user.id, s.meeting.id, parsed.input as Parameters<typeof updateMeeting>[3]));
      return reply.redirect(back(s.meeting.id, 'updated'), 303);
    } catch (err) {
      const r = refusal(request.t, err);
      reply.code(r.status);
      return sendPage(reply, meetingFormPage(request, s, continueFrom(form, r), r));
    }
  });

  // ---- agenda items and their treatment

  const itemFormPage = (request: FastifyRequest, s: MeetingState, form: Form, mode: 'create' | 'edit', itemId?: number, r?: ReturnType<typeof refusal>) =>
    <AgendaItemFormPage ctx={viewContext(request)} meeting={ref(request, s)} form={form} errors={r?.errors ?? []} mode={mode} itemId={itemId}
      count={s.items.length} stale={r?.stale} type={mode === 'create' ? typeOfNewItem(s.meeting.status) : s.items.find((i) => i.id === itemId)?.type ?? null} />;

  app.get('/meetings/:id/agenda-items/new', { schema: { params: meetingParams } }, async (request, reply) => {
    request.authorize('governance.editMeetings');
    const s = await stateOf((request.params as IdParams).id);
    return sendPage(reply, itemFormPage(request, s, readForm({ isPublic: 'true', version: String(s.meeting.version) }, AGENDA_FIELDS), 'create'));
  });

  app.post('/meetings/:id/agenda-items', { ...requires('governance.editMeetings'), schema: { params: meetingParams } }, async (request, reply) => {
    const user = request.authorize('governance.editMeetings')!;
    const s = await stateOf((request.params as IdParams).id);
    const form = readForm(request.body, AGENDA_FIELDS);
    try {
      const parsed = agendaItemInput(form);
      if (!parsed.ok) throw invalid(parsed.errors);
      await db.transaction().execute((tx) => addAgendaItem(tx, user.id, s.meeting.id, parsed.input));
      return reply.redirect(back(s.meeting.id, 'itemAdded', '#agenda'), 303);
    } catch (err) {
      const r = refusal(request.t, err);
      reply.code(r.status);
      return sendPage(reply, itemFormPage(request, s, continueFrom(form, r), 'create', undefined, r));
    }
  });

  app.get('/meetings/:id/agenda-items/:itemId/edit', { schema: { params: agendaItemParams } }, async (request, reply) => {
    request.authorize('governance.editMeetings');
    const { id, itemId } = request.params as AgendaItemParams;
    const s = await stateOf(id);
    const i = itemOf(s, itemId);
    const form = readForm({
      title_nl: i.title.nl, title_en: i.title.en, description_nl: i.description.nl, description_en: i.description.en,
      isPublic: i.isPublic ? 'true' : '', position: String(i.position), version: String(s.meeting.version),
    }, AGENDA_FIELDS);
    return sendPage(reply, itemFormPage(request, s, form, 'edit', itemId));
  });

  app.post('/meetings/:id/agenda-items/:itemId', { ...requires('governance.editMeetings'), schema: { params: agendaItemParams } }, async (request, reply) => {
    const user = request.authorize('governance.editMeetings')!;
    const { id, itemId } = request.params as AgendaItemParams;
    const s = await stateOf(id);
    itemOf(s, itemId);
    const form = readForm(request.body, AGENDA_FIELDS);
    try {
      const parsed = agendaItemInput(form);
      if (!parsed.ok) throw invalid(parsed.errors);
      await db.transaction().execute((tx) => updateAgendaItem(tx, user.id, id, itemId, parsed.input));
      return reply.redirect(back(id, 'itemUpdated', '#agenda'), 303);
    } catch (err) {
      const r = refusal(request.t, err);
      reply.code(r.status);
      return sendPage(reply, itemFormPage(request, s, continueFrom(form, r), 'edit', itemId, r));
    }
  });

  const treatmentPage = (request: FastifyRequest, s: MeetingState, itemId: number, form: Form, r?: ReturnType<typeof refusal>) =>
    <TreatmentFormPage ctx={viewContext(request)} meeting={ref(request, s)} itemId={itemId} itemTitle={itemOf(s, itemId).title[request.lang]} form={form}
      voters={s.members.filter((m) => s.attendance.get(m.id) === true)} errors={r?.errors ?? []} stale={r?.stale} />;

  app.get('/meetings/:id/agenda-items/:itemId/treatment', { schema: { params: agendaItemParams } }, async (request, reply) => {
    request.authorize('governance.editMeetings');
    const { id, itemId } = request.params as AgendaItemParams;
    const s = await stateOf(id);
    const form = treatmentForm(itemOf(s, itemId).treatment, s.meeting.version, s.members.map((m) => m.id));
    return sendPage(reply, treatmentPage(request, s, itemId, form));
  });

  app.post('/meetings/:id/agenda-items/:itemId/treatment', { ...requires('governance.editMeetings'), schema: { params: agendaItemParams } }, async (request, reply) => {
    const user = request.authorize('governance.editMeetings')!;
    const { id, itemId } = request.params as AgendaItemParams;
    const s = await stateOf(id);
    itemOf(s, itemId);
    const memberIds = s.members.map((m) => m.id);
    const form = readForm(request.body, treatmentFields(memberIds));
    try {
      const parsed = treatmentInput(form, memberIds);
      if (!parsed.ok) throw invalid(parsed.errors);
      await db.transaction().execute((tx) => recordTreatment(tx, user.id, id, itemId, parsed.input));
      return reply.redirect(back(id, 'treatment', '#agenda'), 303);
    } catch (err) {
      const r = refusal(request.t, err);
      reply.code(r.status);
      return sendPage(reply, treatmentPage(request, s, itemId, continueFrom(form, r), r));
    }
  });

  // ---- attendance

  app.get('/meetings/:id/attendance', { schema: { params: meetingParams } }, async (request, reply) => {
    request.authorize('governance.editMeetings');
    const s = await stateOf((request.params as IdParams).id);
    const present = new Set(s.members.filter((m) => s.attendance.get(m.id) ?? s.attendance.size === 0).map((m) => String(m.id)));
    return sendPage(reply, <AttendanceFormPage ctx={viewContext(request)} meeting={ref(request, s)} members={s.members} present={present} version={String(s.meeting.version)} errors={[]} />);
  });

  app.post('/meetings/:id/attendance', { ...requires('governance.editMeetings'), schema: { params: meetingParams } }, async (request, reply) => {
    const user = request.authorize('governance.editMeetings')!;
    const s = await stateOf((request.params as IdParams).id);
    const form = readForm(request.body, ['version']);
    const present = postedList(request.body, 'present');
    try {
      const parsed = attendanceInput(form, present);
      if (!parsed.ok) throw invalid(parsed.errors);
      await db.transaction().execute((tx) => recordAttendance(tx, user.id, s.meeting.id, parsed.input));
      return reply.redirect(back(s.meeting.id, 'attendance', '#attendance'), 303);
    } catch (err) {
      const r = refusal(request.t, err);
      reply.code(r.status);
      return sendPage(reply, <AttendanceFormPage ctx={viewContext(request)} meeting={ref(request, s)} members={s.members} present={new Set(present)}
        version={r.stale ? String(r.stale.currentVersion) : form.version!} errors={r.errors} stale={r.stale} />);
    }
  });

  // ---- decisions taken in a treatment

  const newDecisionPage = (request: FastifyRequest, s: MeetingState, itemId: number, form: Form, r?: ReturnType<typeof refusal>) => {
    const item = itemOf(s, itemId);
    const m = ref(request, s);
    return <DecisionFormPage ctx={viewContext(request)} form={form} errors={r?.errors ?? []} mode="create" action={`/meetings/${s.meeting.id}/agenda-items/${itemId}/decisions`}
      cancel={`/meetings/${s.meeting.id}`} crumbs={[[request.t('gov.bodies.title'), '/bodies'], [m.bodyName, `/bodies/${m.bodyCode}`], [m.title, `/meetings/${m.id}`]]}
      context={String(itemId)} problem={r?.problem ?? (item.treatment ? undefined : request.t('error.TREATMENT_MISSING'))} />;
  };

  app.get('/meetings/:id/agenda-items/:itemId/decisions/new', { schema: { params: agendaItemParams } }, async (request, reply) => {
    request.authorize('governance.editDecisions');
    const { id, itemId } = request.params as AgendaItemParams;
    const s = await stateOf(id);
    const item = itemOf(s, itemId);
    return sendPage(reply, newDecisionPage(request, s, itemId, readForm({ title_nl: item.title.nl, title_en: item.title.en }, DECISION_FIELDS)));
  });

  app.post('/meetings/:id/agenda-items/:itemId/decisions', { ...requires('governance.editDecisions'), schema: { params: agendaItemParams } }, async (request, reply) => {
    const user = request.authorize('governance.editDecisions')!;
    const { id, itemId } = request.params as AgendaItemParams;
    const s = await stateOf(id);
    itemOf(s, itemId);
    const form = compactSubjects(readForm(request.body, DECISION_FIELDS));
    try {
      const parsed = decisionInput(form, 'create');
      if (!parsed.ok) throw invalid(parsed.errors);
      const code = await db.transaction().execute((tx) => createDecision(tx, user.id, id, itemId, parsed.input as CreateDecisionInput));
      return reply.redirect(`/decisions/${code}?saved=created`, 303);
    } catch (err) {
      const r = refusal(request.t, err);
      reply.code(r.status);
      return sendPage(reply, newDecisionPage(request, s, itemId, form, r));
    }
  });
}
