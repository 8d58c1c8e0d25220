import { conflict } from '../../../plugins/errors.js';
import type { FrozenContent } from '../snapshot.js';
import type { Tx } from './shared.js';

/**
 * What must be recorded before something is approved or published, so that everything the
 * platform publishes carries the facts the OSLO besluit profile asks for. Each missing fact is
 * a stable code (translated on the pages) with the record it is missing on.
 */
export interface MissingFact { fact: string; item?: number; decision?: string }

const describe = (m: MissingFact) => `${m.fact}${m.item !== undefined ? ` (agenda item ${m.item})` : ''}${m.decision ? ` (decision ${m.decision})` : ''}`;

export const incomplete = (what: string, missing: MissingFact[]) =>
  conflict('GOVERNANCE_INCOMPLETE', `${what} cannot go ahead: missing ${missing.map(describe).join(', ')}`, { missing });

interface DecisionFacts { code: string; motivation_nl: string; motivation_en: string; in_force_on: string | Date | null; document_type: string | null }

/** A decision's own facts: its motivation in both languages, when it takes effect, what kind it is. */
export function missingOfDecision(d: DecisionFacts): MissingFact[] {
  const out: MissingFact[] = [];
  if (!d.motivation_nl.trim() || !d.motivation_en.trim()) out.push({ fact: 'motivation', decision: d.code });
  if (!d.in_force_on) out.push({ fact: 'inForceOn', decision: d.code });
  if (!d.document_type) out.push({ fact: 'documentType', decision: d.code });
  return out;
}

export async function missingOfDecisions(tx: Tx, codes: string[]): Promise<MissingFact[]> {
  if (!codes.length) return [];
  const rows = await tx.selectFrom('decisions').select(['code', 'motivation_nl', 'motivation_en', 'in_force_on', 'document_type'])
    .where('code', 'in', codes).orderBy('code').execute();
  return rows.flatMap(missingOfDecision);
}

/**
 * What frozen minutes must say: the meeting was held, when it started and ended, who chaired
 * and kept the minutes, who was present, and for every public vote who voted how, in numbers
 * that match the counts.
 */
export function missingOfMinutes(content: FrozenContent): MissingFact[] {
  const out: MissingFact[] = [];
  const m = content.meeting;
  if (m.status !== 'held') out.push({ fact: 'held' });
  if (!m.startedAt) out.push({ fact: 'startedAt' });
  if (!m.endedAt) out.push({ fact: 'endedAt' });
  if (!m.chair) out.push({ fact: 'chair' });
  if (!m.secretary) out.push({ fact: 'secretary' });
  if (!(content.attendance ?? []).some((a) => a.present === true)) out.push({ fact: 'attendance' });
  if (!(content.items ?? []).length) out.push({ fact: 'agendaItems' });
  for (const i of content.items ?? []) {
    const t = i.treatment;
    if (!t) { out.push({ fact: 'treatment', item: i.position }); continue; }
    if (t.votesFor === null || t.votesAgainst === null || t.abstentions === null) continue;
    const v = t.voters;
    if (!v || v.for.length !== t.votesFor || v.against.length !== t.votesAgainst || v.abstain.length !== t.abstentions) out.push({ fact: 'voters', item: i.position });
  }
  return out;
}
