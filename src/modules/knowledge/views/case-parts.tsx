import type { Catalog } from '../../../catalog/catalog.js';
import type { Case } from '../../../catalog/types.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import { DemoBadge } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import { countryName } from '../cases-labels.js';

/** "Vlaanderen (België)" or just "Nederland". */
export function placeOf(c: Case, lang: Lang, t: Translate): string {
  const country = countryName(c.country, lang);
  return c.region ? t('cases.place', { region: c.region, country }) : country;
}

/** The summary cut at a word boundary for a card; the detail page shows it whole. */
export function shortSummary(text: string, max = 180): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,.;:]+$/, '')}…`;
}

export function PillarLink({ catalog, number, lang }: { catalog: Catalog; number: number; lang: Lang }): Html {
  const pillar = catalog.pillar(number);
  return <a href={`/pillars/${number}`}>{pillar ? `${number}. ${pillar.name[lang]}` : String(number)}</a>;
}

/** The demo badge after a title, with its separating space only when there is a badge. */
export function DemoMark({ t, isDemo }: { t: Translate; isDemo: boolean }): Html {
  return isDemo ? new Html(` ${DemoBadge({ t, isDemo }).value}`) : new Html('');
}

/** Failures and mixed outcomes are marked as such, so a reader never takes them for a model to copy. */
export function OutcomeMark({ t, outcome }: { t: Translate; outcome: Case['outcome'] }): Html {
  return outcome === 'inspiring' ? new Html('') : new Html(` ${(<span class={`badge badge-${outcome === 'failure' ? 'gap' : 'weak'}`}>{t(`knowledge.outcome.${outcome}`)}</span>).value}`);
}
