import type { ApplicationStatus } from '../../db/schema-calls.js';
import type { Reader, Texts } from './commands/shared.js';
import { callPhase, type CallPhase } from './constants.js';
import type { FormAnswers } from './form-fields.js';
import {
  answersOf, applicationRow, documentsOf, isCrossSector, partnersOf, pathwayOf, type ApplicationListItem, type DocumentRecord, type PartnerRecord, type PathwayRecord,
} from './queries/applications.js';
import type { CallRecord, CallSummary } from './queries/calls.js';
import { findCall } from './queries/calls.js';
import { loadForm, type FormRecord } from './queries/forms.js';
import { toBrusselsLocal } from './tz.js';

/** A submitted or draft application with everything needed to show it, in the form versions it used. */
export interface ApplicationView {
  id: number; title: string; summary: string; status: ApplicationStatus; currentStep: string | null;
  requestedEur: number | null; submittedAt: Date | null; createdAt: Date; updatedAt: Date; version: number; isDemo: boolean;
  call: Pick<CallRecord, 'code' | 'title' | 'opensAt' | 'closesAt' | 'minPartners' | 'requiresCrossSector' | 'annexes' | 'workflow' | 'criteria' | 'maxGrantEur' | 'status' | 'isDemo'> & { id: number; phase: CallPhase };
  lead: { id: number; name: string };
  form: FormRecord; annexForm: FormRecord;
  answers: FormAnswers; annexAnswers: FormAnswers;
  pathway: PathwayRecord[];
  partners: PartnerRecord[];
  crossSector: boolean;
  documents: DocumentRecord[];
}

/** Loads one application for display (no access check: callers check first). */
export async function presentApplication(db: Reader, id: number): Promise<ApplicationView> {
  const row = await applicationRow(db, id);
  const callRow = await db.selectFrom('calls').select('code').where('id', '=', row.call_id).executeTakeFirstOrThrow();
  const [call, form, annexForm, pathway, partners, documents] = await Promise.all([
    findCall(db, callRow.code), loadForm(db, row.form_id), loadForm(db, row.annex_form_id), pathwayOf(db, id), partnersOf(db, id), documentsOf(db, id),
  ]);
  const c = call!;
  const lead = partners.find((p) => p.role === 'lead');
  return {
    id, title: row.title, summary: row.summary, status: row.status, currentStep: row.current_step,
    requestedEur: row.requested_eur === null ? null : Number(row.requested_eur), submittedAt: row.submitted_at,
    createdAt: row.created_at, updatedAt: row.updated_at, version: row.version, isDemo: row.is_demo,
    call: {
      id: c.id, code: c.code, title: c.title, opensAt: c.opensAt, closesAt: c.closesAt, minPartners: c.minPartners, requiresCrossSector: c.requiresCrossSector,
      annexes: c.annexes, workflow: c.workflow, criteria: c.criteria, maxGrantEur: c.maxGrantEur, status: c.status, isDemo: c.isDemo, phase: callPhase(c),
    },
    lead: { id: row.lead_organisation_id, name: lead?.name ?? '' },
    form, annexForm, answers: answersOf(row.answers), annexAnswers: answersOf(row.annex_answers),
    pathway, partners, crossSector: isCrossSector(partners), documents,
  };
}

// --- API shapes ------------------------------------------------------------------------------------
const iso = (d: Date | null) => (d ? d.toISOString() : null);

export function presentForm(base: string, f: FormRecord) {
  return {
    id: f.id, code: f.code, kind: f.kind, version: f.version, title: f.title, fields: f.fields,
    published: f.publishedAt !== null, publishedAt: iso(f.publishedAt), revision: f.revision, isDemo: f.isDemo, url: `${base}/forms/${f.id}`,
  };
}

export function presentCallSummary(base: string, c: CallSummary, now = new Date()) {
  return {
    code: c.code, url: `${base}/calls/${c.code}`, title: c.title, summary: c.summary,
    instrument: { code: c.instrument.code, name: c.instrument.name, type: c.instrument.type },
    budgetEur: c.budgetEur, maxGrantEur: c.maxGrantEur,
    opensAt: c.opensAt.toISOString(), closesAt: c.closesAt.toISOString(),
    opensAtBrussels: toBrusselsLocal(c.opensAt), closesAtBrussels: toBrusselsLocal(c.closesAt),
    status: c.status, phase: callPhase(c, now), isDemo: c.isDemo, version: c.version,
  };
}

export function presentCall(base: string, c: CallRecord, now = new Date()) {
  return {
    ...presentCallSummary(base, c, now),
    eligibility: c.eligibility, applicationFormId: c.applicationFormId, annexFormId: c.annexFormId,
    minPartners: c.minPartners, requiresCrossSector: c.requiresCrossSector,
    criteria: c.criteria.map((x) => ({ code: x.code, weight: x.weight, label: x.label, description: x.description })),
    annexes: c.annexes.map((x) => ({ code: x.code, label: x.label, required: x.required })),
    workflow: c.workflow.map((x) => ({ code: x.code, kind: x.kind, actorRole: x.actorRole, label: x.label })),
  };
}

export function presentApplicationListItem(base: string, a: ApplicationListItem) {
  return {
    id: a.id, url: `${base}/applications/${a.id}`, title: a.title, status: a.status, currentStep: a.currentStep,
    submittedAt: iso(a.submittedAt), updatedAt: a.updatedAt.toISOString(), isDemo: a.isDemo,
    call: { code: a.call.code, title: { nl: a.call.title_nl, en: a.call.title_en } as Texts, closesAt: a.call.closesAt.toISOString() },
    lead: a.lead, partners: a.partners, crossSector: a.crossSector,
  };
}

export function presentApplicationJson(base: string, v: ApplicationView) {
  return {
    id: v.id, url: `${base}/applications/${v.id}`, title: v.title, summary: v.summary, status: v.status, currentStep: v.currentStep,
    requestedEur: v.requestedEur, submittedAt: iso(v.submittedAt), createdAt: v.createdAt.toISOString(), updatedAt: v.updatedAt.toISOString(),
    version: v.version, isDemo: v.isDemo,
    call: { code: v.call.code, title: v.call.title, opensAt: v.call.opensAt.toISOString(), closesAt: v.call.closesAt.toISOString(), phase: v.call.phase },
    lead: v.lead,
    form: { id: v.form.id, code: v.form.code, version: v.form.version },
    annexForm: { id: v.annexForm.id, code: v.annexForm.code, version: v.annexForm.version },
    answers: v.answers, annexAnswers: v.annexAnswers,
    pathway: v.pathway.map((p) => ({ stage: p.stage, description: p.description, indicators: p.indicators })),
    partners: v.partners.map((p) => ({ organisationId: p.organisationId, name: p.name, subsector: p.subsector, role: p.role, contribution: p.contribution, confirmed: p.confirmedAt !== null, confirmedAt: iso(p.confirmedAt) })),
    crossSector: v.crossSector,
    documents: v.documents.map((d) => ({ annexCode: d.annexCode, title: d.title, url: d.url })),
  };
}
