import type { Catalog } from '../../catalog/catalog.js';
import type { Lang, Translate } from '../../plugins/i18n.js';
import type { CurrentPlan } from './plan-view.js';
import type { CoachRecord, ItemRecord, OrganisationRecord } from './queries.js';
import { day, reasonSentence, text } from './sentences.js';

/**
 * The plan as the "digital paragraph" of a policy plan or grant application: plain prose and
 * lists in one language, rendered from this one structure as a page, Markdown and PDF.
 */
export interface Paragraph {
  title: string;
  intro: string;
  note: string;
  startTitle: string; start: Array<{ name: string; line: string }>;
  prioritiesTitle: string; priorities: Array<{ name: string; reason: string }>;
  stepsTitle: string; steps: Array<{ heading: string; items: string[] }>;
  followUpTitle: string; followUp: string[];
  isDemo: boolean;
}

export function buildParagraph(t: Translate, lang: Lang, catalog: Catalog, organisation: OrganisationRecord, plan: CurrentPlan, coaches: CoachRecord[], today: string): Paragraph {
  const { context } = plan;
  const a = context.assessment;
  const respondents = Math.max(0, ...context.dimensions.map((d) => d.result?.respondents ?? 0));
  const start = context.dimensions.map((d) => {
    if (!d.result) return { name: text(d.name, lang), line: t('improvement.paragraph.notAnswered') };
    const target = d.result.target === null ? t('improvement.paragraph.noTarget') : t('improvement.paragraph.target', { target: d.result.target });
    const meaning = d.meaning ? ` ${text(d.meaning, lang).replace(/([^.!?])$/, '$1.')}` : '';
    return { name: text(d.name, lang), line: `${t('improvement.paragraph.level', { level: d.result.level, name: text(d.levelName, lang) })}.${meaning} ${target}` };
  });
  const chosen = plan.ranking.filter((r) => plan.priorities.some((p) => p.dimension === r.code));
  const questionText = (id: number) => text(context.model.questions.get(id)?.text, lang);
  const priorities = chosen.map((r) => ({
    name: text(context.dimensions.find((d) => d.code === r.code)?.name, lang),
    reason: reasonSentence(t, r, r.criticalItems.map(questionText)),
  }));
  const itemLine = (i: ItemRecord) => {
    const who = i.owner ? t('improvement.paragraph.owner', { owner: i.owner }) : t('improvement.paragraph.noOwner');
    const when = i.dueOn ? t('improvement.paragraph.due', { date: day(lang, i.dueOn) }) : t('improvement.paragraph.noDue');
    return `${i.text} (${who}; ${when}; ${t(`improvement.status.${i.status}`)})`;
  };
  const steps = chosen.map((r) => {
    const dim = context.dimensions.find((d) => d.code === r.code)!;
    const heading = dim.nextLevel
      ? t('improvement.paragraph.toward', { dimension: text(dim.name, lang), level: dim.nextLevel, name: text(dim.nextLevelName, lang) })
      : text(dim.name, lang);
    const items = plan.items.filter((i) => i.dimension === r.code && i.status !== 'dropped').map(itemLine);
    return { heading, items: items.length ? items : [t('improvement.paragraph.noItems')] };
  });
  // Own items outside the chosen priorities still belong to the plan.
  const others = plan.items.filter((i) => i.status !== 'dropped' && !chosen.some((r) => r.code === i.dimension));
  if (others.length) {
    steps.push({
      heading: t('improvement.paragraph.otherSteps'),
      items: others.map((i) => `${text(context.dimensions.find((d) => d.code === i.dimension)?.name, lang) || i.dimension}: ${itemLine(i)}`),
    });
  }
  const followUp = [t('improvement.paragraph.reassess', { date: day(lang, plan.record.reassessOn) })];
  const active = coaches.filter((c) => !c.withdrawnAt);
  if (active.length) {
    followUp.push(t('improvement.paragraph.coaches', {
      coaches: active.map((c) => (c.actorId !== null && catalog.actors.get(c.actorId) ? `${c.name} (${catalog.actors.get(c.actorId)!.name})` : c.name)).join(', '),
    }));
  }
  return {
    title: t('improvement.paragraph.heading', { organisation: organisation.name }),
    intro: t('improvement.paragraph.intro', {
      date: day(lang, a.submittedOn), kind: t(`improvement.kind.${a.kind}`), respondents, version: context.model.version, today: day(lang, today),
    }),
    note: plan.record.scenarioNote,
    startTitle: t('improvement.paragraph.start'), start,
    prioritiesTitle: t('improvement.paragraph.priorities'), priorities,
    stepsTitle: t('improvement.paragraph.steps'), steps,
    followUpTitle: t('improvement.paragraph.followUp'), followUp,
    isDemo: organisation.isDemo,
  };
}

/** Markdown special characters in running text are escaped, so names cannot change the layout. */
const md = (s: string) => s.replace(/([\\`*_[\]#<>|])/g, '\\$1').replace(/\r?\n/g, ' ');

export function paragraphMarkdown(p: Paragraph, demoNotice: string): string {
  const lines = [`# ${md(p.title)}`, ''];
  if (p.isDemo) lines.push(`> ${md(demoNotice)}`, '');
  lines.push(md(p.intro), '');
  if (p.note.trim()) lines.push(...p.note.trim().split(/\r?\n/).map(md), '');
  lines.push(`## ${md(p.startTitle)}`, '', ...p.start.map((s) => `- **${md(s.name)}**: ${md(s.line)}`), '');
  lines.push(`## ${md(p.prioritiesTitle)}`, '', ...p.priorities.map((s, i) => `${i + 1}. **${md(s.name)}**: ${md(s.reason)}`), '');
  lines.push(`## ${md(p.stepsTitle)}`, '');
  for (const s of p.steps) lines.push(`### ${md(s.heading)}`, '', ...s.items.map((i) => `- ${md(i)}`), '');
  lines.push(`## ${md(p.followUpTitle)}`, '', ...p.followUp.map(md), '');
  return lines.join('\n');
}
