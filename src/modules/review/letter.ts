import type { Lang } from '../../plugins/i18n.js';
import type { RankCriterion } from './ranking.js';
import { formatEuro, formatFigure } from '../../i18n/formats.js';

export const euro = (lang: Lang, amount: number) => formatEuro(lang, amount);
export const score = (lang: Lang, value: number) => formatFigure(lang, value);

export interface LetterFacts {
  organisation: string; applicationTitle: string; callTitle: { nl: string; en: string }; isDemo: boolean;
  outcome: 'granted' | 'refused'; amount: number | null;
  weightedScore: number | null; reviews: number;
  criteria: readonly RankCriterion[];
  /** Counted scores and motivations, per criterion. */
  scores: ReadonlyArray<{ criterion_code: string; score: number; motivation: string }>;
}

const TEXT = {
  nl: {
    demo: '[demo] Dit is een demobrief; er is geen echte beslissing genomen.',
    subject: (t: string, c: string) => `Betreft: beslissing over de aanvraag "${t}" in de oproep "${c}"`,
    hello: 'Beste',
    granted: (a: string) => `Wij hebben uw aanvraag goedgekeurd en kennen een subsidie toe van ${a}. Het project start met de projectfiche op het platform; daar volgt u mijlpalen en rapportering op.`,
    refused: 'Wij hebben uw aanvraag niet goedgekeurd. Wij danken u voor het werk dat u erin gestoken hebt en moedigen u aan om bij een volgende oproep opnieuw in te dienen.',
    score: (s: string, n: number) => `De gewogen score van uw aanvraag is ${s} op 10, op basis van ${n} ${n === 1 ? 'beoordeling' : 'beoordelingen'}.`,
    noScore: 'Voor uw aanvraag is geen beoordeling met scores ingediend.',
    summary: 'Samenvatting van de beoordeling per criterium:',
    mean: (s: string) => `gemiddeld ${s} op 10`,
    bye: 'Met vriendelijke groeten,', team: 'Het transitieteam',
  },
  en: {
    demo: '[demo] This is a demo letter; no real decision was taken.',
    subject: (t: string, c: string) => `Subject: decision on the application "${t}" in the call "${c}"`,
    hello: 'Dear',
    granted: (a: string) => `We have approved your application and award a grant of ${a}. The project starts with its project page on the platform, where you follow up milestones and reports.`,
    refused: 'We have not approved your application. We thank you for the work you put into it and encourage you to apply again in a next call.',
    score: (s: string, n: number) => `The weighted score of your application is ${s} out of 10, based on ${n} ${n === 1 ? 'review' : 'reviews'}.`,
    noScore: 'No review with scores was submitted for your application.',
    summary: 'Summary of the review per criterion:',
    mean: (s: string) => `mean ${s} out of 10`,
    bye: 'Kind regards,', team: 'The transition team',
  },
} as const;

const MOTIVATION_MAX = 400;
const clip = (s: string) => (s.length > MOTIVATION_MAX ? `${s.slice(0, MOTIVATION_MAX - 1).trimEnd()}…` : s);

/** The draft letter in one language, from the template; the team edits it before confirming. */
export function draftLetter(f: LetterFacts, lang: Lang): string {
  const T = TEXT[lang];
  const lines: string[] = [];
  if (f.isDemo) lines.push(T.demo, '');
  lines.push(f.organisation, '', T.subject(f.applicationTitle, f.callTitle[lang]), '', `${T.hello} ${f.organisation},`, '');
  lines.push(f.outcome === 'granted' ? T.granted(euro(lang, f.amount ?? 0)) : T.refused, '');
  lines.push(f.weightedScore === null ? T.noScore : T.score(score(lang, f.weightedScore), f.reviews));
  if (f.weightedScore !== null) {
    lines.push('', T.summary);
    for (const c of [...f.criteria].sort((a, b) => a.position - b.position)) {
      const own = f.scores.filter((s) => s.criterion_code === c.code);
      if (!own.length) continue;
      const mean = own.reduce((sum, s) => sum + s.score, 0) / own.length;
      lines.push(`- ${c.label[lang]} (${T.mean(score(lang, Math.round(mean * 100) / 100))}): ${own.map((s) => clip(s.motivation.trim())).join(' / ')}`);
    }
  }
  lines.push('', T.bye, T.team);
  return lines.join('\n');
}
