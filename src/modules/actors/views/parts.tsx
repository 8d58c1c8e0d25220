import type { Translate } from '../../../plugins/i18n.js';
import { h, Html } from '../../../web/jsx.js';

/** At most this many actor names in one cell of the role overview; the rest via the filtered directory. */
export const NAMES_SHOWN = 12;

/** A comma-separated list of actor links, cut off after NAMES_SHOWN with a link to the directory for the rest. */
export function ActorLinks<A extends { code: string; name: string }>({ t, actors, more, empty, suffix }: {
  t: Translate; actors: A[]; more: string; empty: string; suffix?: (actor: A) => string;
}): Html {
  if (actors.length === 0) return <span class="muted">{empty}</span>;
  const shown = actors.slice(0, NAMES_SHOWN);
  return (
    <span>
      {shown.map((a, n) => [n > 0 ? ', ' : '', <a href={`/actors/${a.code}`}>{a.name}</a>, suffix ? suffix(a) : ''])}
      {actors.length > shown.length ? [' ', <a href={more}>{t('actors.coverage.more', { count: actors.length - shown.length })}</a>] : null}
    </span>
  );
}
