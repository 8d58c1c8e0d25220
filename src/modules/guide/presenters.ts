import type { Catalog } from '../../catalog/catalog.js';
import type { Lang, Translate } from '../../plugins/i18n.js';
import type { Proposal, ProposalKind, QuestionMatch } from './matching.js';
import type { OfferRecord, QuestionRecord } from './queries.js';
import type { Reason } from './scoring.js';

/** A reason in the reader's language: "past bij je subsector (Cultureel erfgoed)", "tekst komt overeen: digitalisering, archief". */
export function reasonText(t: Translate, lang: Lang, catalog: Catalog, reason: Reason): string {
  const p = reason.params;
  switch (reason.code) {
    case 'dimension': return t('guide.reason.dimension', { dimension: t(`search.dimension.${p.dimension}`).toLowerCase() });
    case 'subsector': return t('guide.reason.subsector', { subsector: t(`subsector.${p.subsector}`) });
    case 'pillar': return t('guide.reason.pillar', { pillar: catalog.pillar(Number(p.pillar))?.name[lang] ?? String(p.pillar) });
    default: return t(`guide.reason.${reason.code}`, p);
  }
}

export function presentQuestion(q: QuestionRecord) {
  return {
    id: q.id, organisation: { id: q.organisationId, name: q.organisationName, subsector: q.subsector, isDemo: q.organisationIsDemo },
    question: q.question, dimension: q.dimension, pillar: q.pillar, level: q.level, visibleToProviders: q.visibleToProviders,
    status: q.status, createdAt: q.createdAt, closedAt: q.closedAt, version: q.version,
  };
}

export function presentProposal(t: Translate, lang: Lang, catalog: Catalog, p: Proposal) {
  return {
    kind: p.kind, id: p.id, code: p.code, href: p.href, title: p.title, detail: p.detail, isDemo: p.isDemo, score: p.score,
    reasons: p.reasons.map((r) => ({ code: r.code, params: r.params, text: reasonText(t, lang, catalog, r) })),
    contact: p.contact,
  };
}

export function presentProposals(t: Translate, lang: Lang, catalog: Catalog, proposals: Record<ProposalKind, Proposal[]>) {
  return Object.fromEntries(Object.entries(proposals).map(([k, list]) => [k, list.map((p) => presentProposal(t, lang, catalog, p))]));
}

export function presentOffer(o: OfferRecord) {
  return {
    id: o.id, actor: { id: o.actorId, code: o.actorCode, name: o.actorName }, title: o.title, description: o.description,
    dimensions: o.dimensions, subsectors: o.subsectors, pillars: o.pillars, levelFrom: o.levelFrom, levelTo: o.levelTo,
    isDemo: o.isDemo, retired: o.retired, createdAt: o.createdAt, updatedAt: o.updatedAt, version: o.version,
  };
}

export function presentQuestionMatch(t: Translate, lang: Lang, catalog: Catalog, m: QuestionMatch) {
  return {
    question: presentQuestion(m.question), score: m.score,
    reasons: m.reasons.map((r) => ({ code: r.code, params: r.params, text: reasonText(t, lang, catalog, r) })),
  };
}
