import type { Catalog } from '../../catalog/catalog.js';
import { HORIZONS, SECTIONS } from './constants.js';
import type { KpiFigure, LineFigure, PathRecord } from './queries/paths.js';
import type { QuarterCounts, ScenarioRecord, ScenarioSetRecord, SignalRecord } from './queries/scenarios.js';
import type { CommentRecord, EndorsementRecord, RoundRecord, RoundWithSections, VisionRecord, VisionWithRounds } from './queries/vision.js';
import type { RoundStats } from './read-model.js';
import type { WhyData } from './queries/why.js';

/** Row -> API shape, explicit fields only. `base` makes the stable addresses absolute. */
const roundUrl = (base: string, code: string, n: number) => `${base}/vision/${code}/rounds/${n}`;

export function presentRoundRef(base: string, code: string, r: RoundRecord) {
  return { number: r.number, status: r.status, openedAt: r.openedAt, closedAt: r.closedAt, url: roundUrl(base, code, r.number) };
}

export function presentVision(base: string, v: VisionWithRounds) {
  return {
    code: v.code, title: v.title, isDemo: v.isDemo, url: `${base}/vision/${v.code}`, version: v.version,
    rounds: v.rounds.map((r) => presentRoundRef(base, v.code, r)),
  };
}

export function presentRound(base: string, vision: VisionRecord, round: RoundWithSections, stats: RoundStats, endorsements: EndorsementRecord[]) {
  return {
    vision: { code: vision.code, title: vision.title, isDemo: vision.isDemo },
    ...presentRoundRef(base, vision.code, round),
    version: round.version,
    intro: round.intro,
    sections: SECTIONS.map((s) => ({ section: s, body: round.sections[s] })),
    comments: { total: stats.comments.total, unanswered: stats.comments.unanswered, bySection: SECTIONS.map((s) => ({ section: s, ...stats.comments.bySection[s] })) },
    participation: stats.participation,
    endorsements: {
      total: stats.endorsements.total, bySubsector: stats.endorsements.bySubsector,
      organisations: endorsements.map((e) => ({ ...e.organisation, endorsedAt: e.endorsedAt })),
    },
  };
}

export function presentComment(c: CommentRecord) {
  return {
    id: c.id, section: c.section, text: c.body, proposedText: c.proposedText, author: c.author, organisation: c.organisation,
    createdAt: c.createdAt, answer: c.answer ? { status: c.answer, reason: c.reason, by: c.answeredBy, at: c.answeredAt } : null,
    isDemo: c.isDemo, version: c.version,
  };
}

export function presentKpi(k: KpiFigure) {
  return { code: k.code, name: k.name, unit: k.unit, direction: k.direction, latest: k.latest, target: k.target, isDemo: k.isDemo };
}

export function presentLine(base: string, f: LineFigure, kpis: KpiFigure[]) {
  return {
    code: f.code, title: f.title, isDemo: f.isDemo, url: `${base}/action-lines/${f.code}`, progress: f.progress, atRisk: f.atRisk, actions: f.actions, plan: f.plan,
    kpis: kpis.map(presentKpi),
  };
}

export function presentPath(base: string, catalog: Catalog, p: PathRecord, figures: Map<number, LineFigure>, kpis: Map<number, KpiFigure[]>, progress: number | null) {
  const lines = (h: number) => p.links.filter((l) => l.horizon === h).map((l) => figures.get(l.actionLineId)).filter((f): f is LineFigure => f !== undefined);
  return {
    code: p.code, title: p.title, summary: p.summary, isDemo: p.isDemo, version: p.version, position: p.position, url: `${base}/paths/${p.code}`,
    pillars: p.pillars.map((n) => ({ number: n, name: catalog.pillar(n)?.name ?? { nl: '', en: '' } })),
    challenges: p.challenges.map((n) => ({ number: n, title: catalog.challenge(n)?.title ?? { nl: '', en: '' } })),
    progress,
    actionLineCount: p.links.length,
    withoutActionLines: p.links.length === 0,
    horizons: HORIZONS.map((year) => ({ year, goal: p.horizons[year], actionLines: lines(year).map((f) => presentLine(base, f, kpis.get(f.id) ?? [])) })),
  };
}

export function presentScenario(base: string, s: ScenarioRecord) {
  return {
    code: s.code, url: `${base}/scenarios/${s.code}`, pole1: s.pole1, pole2: s.pole2, title: s.title,
    narrative: s.narrative, watch: s.watch, implications: s.implications, signals: s.signals, version: s.version,
  };
}

export function presentScenarioSet(base: string, set: ScenarioSetRecord, counts: QuarterCounts) {
  return {
    code: set.code, title: set.title, question: set.question, horizonYear: set.horizonYear, axis1: set.axis1, axis2: set.axis2,
    isDemo: set.isDemo, version: set.version, scenarios: set.scenarios.map((s) => presentScenario(base, s)), signalsPerQuarter: counts,
  };
}

export function presentSignal(s: SignalRecord) {
  return { id: s.id, scenario: s.scenario, observedOn: s.observedOn, source: s.source, description: s.description, loggedBy: s.loggedBy, isDemo: s.isDemo };
}

export function presentWhy(base: string, data: WhyData) {
  const f = data.featured;
  return {
    vision: f ? {
      code: f.vision.code, title: f.vision.title, isDemo: f.vision.isDemo, round: presentRoundRef(base, f.vision.code, f.round),
      sections: SECTIONS.map((s) => ({ section: s, body: f.round.sections[s] })),
      participation: { organisations: f.stats.participation.organisations, individuals: f.stats.participation.individuals },
      endorsements: { total: f.stats.endorsements.total, bySubsector: f.stats.endorsements.bySubsector },
    } : null,
    overallProgress: data.overallProgress,
    paths: data.paths.map((p) => ({
      code: p.path.code, title: p.path.title, url: `${base}/paths/${p.path.code}`, isDemo: p.path.isDemo, progress: p.progress,
      actionLineCount: p.lines.length, withoutActionLines: p.path.links.length === 0,
    })),
    kpis: data.kpis.map(presentKpi),
  };
}
