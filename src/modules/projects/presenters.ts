import type { ConsortiumMember, MilestoneRow, ProjectRow, ReportRow } from './queries/projects.js';
import type { LessonRow } from './queries/lessons.js';

/** Row -> API shape, with explicit fields only. */
const iso = (d: Date | string | null) => (d === null ? null : d instanceof Date ? d.toISOString() : new Date(d).toISOString());

export function presentProject(base: string, p: ProjectRow) {
  return {
    code: p.code,
    url: `${base}/projects/${encodeURIComponent(p.code)}`,
    title: p.title,
    status: p.status,
    grantedEur: Number(p.granted_eur),
    startsOn: p.starts_on,
    endsOn: p.ends_on,
    closedAt: iso(p.closed_at),
    lead: { id: p.lead_organisation_id, name: p.lead_name, subsector: p.lead_subsector, isDemo: p.lead_is_demo },
    call: { code: p.call_code, title: { nl: p.call_title_nl, en: p.call_title_en }, url: `${base}/calls/${encodeURIComponent(p.call_code)}` },
    instrument: { code: p.instrument_code, name: { nl: p.instrument_name_nl, en: p.instrument_name_en }, url: `${base}/instruments/${encodeURIComponent(p.instrument_code)}` },
    isDemo: p.is_demo,
    version: p.version,
  };
}

/** Overdue: its day has passed in Brussels and it is neither done nor explained. */
export function isOverdue(m: MilestoneRow, today: string): boolean {
  return m.done_on === null && m.due_on < today;
}

export function presentMilestone(m: MilestoneRow, today: string) {
  return {
    id: m.id, position: m.position, title: m.title, dueOn: m.due_on, doneOn: m.done_on, note: m.note,
    status: m.done_on !== null ? 'done' as const : m.note.trim() ? 'noted' as const : 'open' as const,
    overdue: isOverdue(m, today),
    version: m.version,
  };
}

export function presentReport(r: ReportRow) {
  return { id: r.id, kind: r.kind, periodLabel: r.period_label, text: r.body, submittedBy: r.submitted_by_name, submittedAt: iso(r.submitted_at)! };
}

export function presentConsortium(members: ConsortiumMember[]) {
  return members.map((m) => ({ id: m.id, name: m.name, role: m.role, subsector: m.subsector, subsectorName: m.subsectorName, contribution: m.contribution, isDemo: m.isDemo }));
}

/**
 * A lesson as one reader may see it: the details only with the organisation's consent, or for
 * the people who wrote it (the consortium, the organisation) and the transition team.
 */
export function presentLesson(base: string, l: LessonRow, showDetails: boolean) {
  const detailsVisible = showDetails || l.publish_details;
  return {
    code: l.code,
    url: `${base}/lessons/${encodeURIComponent(l.code)}`,
    title: l.title,
    summary: l.summary,
    whatWorked: l.what_worked,
    whatFailed: l.what_failed,
    details: detailsVisible ? l.details : null,
    publishDetails: l.publish_details,
    language: l.language,
    outcome: l.outcome,
    pillars: l.pillars,
    challenges: l.challenges,
    dimensions: l.dimension_codes,
    subsectors: l.subsectors,
    technologies: l.technologies,
    source: l.project_id === null ? 'organisation' as const : 'project' as const,
    project: l.project_code ? { code: l.project_code, title: l.project_title ?? '', url: `${base}/projects/${encodeURIComponent(l.project_code)}` } : null,
    organisation: l.organisation_id !== null ? { id: l.organisation_id, name: l.organisation_name ?? '', isDemo: Boolean(l.organisation_is_demo) } : null,
    published: l.published_at !== null,
    publishedAt: iso(l.published_at),
    isDemo: l.is_demo,
    version: l.version,
  };
}
export type PresentedLesson = ReturnType<typeof presentLesson>;
