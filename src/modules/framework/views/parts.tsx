import type { Case, Principle, Recommendation } from '../../../catalog/types.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { h, Html } from '../../../web/jsx.js';
import type { ChallengeRef, CoverageStatus, InstrumentRef, LinkedInstrument } from '../queries.js';
import { dateTimeFormat, LOCALE } from '../../../i18n/formats.js';
import { countryName } from '../../knowledge/cases-labels.js';

/** Small pieces shared by the frame's pages. */

const BADGE: Record<CoverageStatus, string> = { gap: 'badge badge-gap', weak: 'badge badge-weak', covered: 'badge badge-covered' };

export function StatusBadge({ t, status }: { t: Translate; status: CoverageStatus }): Html {
  return <span class={BADGE[status]}>{t(`framework.status.${status}`)}</span>;
}

/**
 * A date as precise as its source ('2017', '2017-06' or '2017-06-12') in the reader's language,
 * inside a <time> element that carries the machine-readable value.
 */
export function Period({ date, lang }: { date: string; lang: Lang }): Html {
  return <time datetime={date}>{formatPeriod(date, lang)}</time>;
}

export function formatPeriod(date: string, lang: Lang): string {
  const [year, month, day] = date.split('-').map(Number);
  if (!year || !month) return date;
  const at = new Date(Date.UTC(year, month - 1, day ?? 1));
  const locale = LOCALE[lang];
  return dateTimeFormat(locale, { timeZone: 'UTC', year: 'numeric', month: 'long', ...(day ? { day: 'numeric' } : {}) }).format(at);
}

/** The page's JSON twin; a page with two data sets names each in its link text. */

export function JsonLink({ t, href, label }: { t: Translate; href: string; label?: string }): Html {
  return <p><a href={href} type="application/json">{label ?? t('common.asJson')}</a></p>;
}

export function RecommendationList({ ctx, items, empty }: { ctx: ViewContext; items: Recommendation[]; empty: string }): Html {
  if (!items.length) return <p class="muted">{empty}</p>;
  return <ul>{items.map((r) => <li><a href={`/recommendations/${r.code}`}>{r.code} {r.title[ctx.lang]}</a></li>)}</ul>;
}

export function PrincipleList({ ctx, items, empty }: { ctx: ViewContext; items: Principle[]; empty: string }): Html {
  if (!items.length) return <p class="muted">{empty}</p>;
  return (
    <ul>
      {items.map((p) => <li><a href={`/recommendations#principle-${p.number}`}>{ctx.t('principles.nameN', { n: p.number, title: p.title[ctx.lang] })}</a></li>)}
    </ul>
  );
}

export function CaseList({ ctx, items, empty }: { ctx: ViewContext; items: Case[]; empty: string }): Html {
  const { t, lang } = ctx;
  if (!items.length) return <p class="muted">{empty}</p>;
  return (
    <ul>
      {items.map((c) => (
        <li>
          <a href={`/cases/${c.code}`}>{c.title[lang]}</a> <span class="muted">({[c.region, countryName(c.country, lang)].filter(Boolean).join(', ')})</span> <DemoBadge t={t} isDemo={c.isDemo} />
        </li>
      ))}
    </ul>
  );
}

/** Instruments as links; a partial contribution is said in words, not only by order. */
export function InstrumentLinks({ ctx, items, empty }: { ctx: ViewContext; items: Array<InstrumentRef | LinkedInstrument>; empty: string }): Html {
  const { t, lang } = ctx;
  if (!items.length) return <p class="muted">{empty}</p>;
  return (
    <ul>
      {items.map((i) => (
        <li>
          <a href={`/instruments/${i.code}`}>{i.name[lang]}</a>
          {'strength' in i && i.strength === 'partial' ? ` (${t('framework.strength.partial.short')})` : ''} <DemoBadge t={t} isDemo={i.isDemo} />
        </li>
      ))}
    </ul>
  );
}

/** Challenges, each linked, with its coverage next to it. */
export function ChallengeList({ ctx, items, empty }: { ctx: ViewContext; items: ChallengeRef[]; empty: string }): Html {
  const { t, lang } = ctx;
  if (!items.length) return <p class="muted">{empty}</p>;
  return (
    <ul>
      {items.map(({ challenge: c, status }) => (
        <li>
          <a href={`/challenges/${c.number}`}>{t('challenges.nameN', { n: c.number, title: c.title[lang] })}</a> <StatusBadge t={t} status={status} />
        </li>
      ))}
    </ul>
  );
}
