import type { ViewContext } from '../../../web/context.js';
import { h, Html } from '../../../web/jsx.js';
import { formatDateTime, toBrusselsIso } from '../time.js';
import { ScrollTable } from '../../../web/components.js';

/**
 * The facts complete minutes add, shown the same way on the live meeting page and in a frozen
 * version: the actual start and end and the secretary, who voted how, an agenda item's type.
 * Each part renders nothing when the fact is not recorded, so a meeting without them reads as
 * before.
 */

/** A member as the module names them: the organisation, and the person where one is named. */
export interface NamedMember { actor: { name: string }; personName: string | null }
export const memberName = (m: NamedMember) => `${m.actor.name}${m.personName ? ` (${m.personName})` : ''}`;

export function ProceedingsFacts({ ctx, startedAt, endedAt, secretary }: {
  ctx: ViewContext; startedAt: Date | string | null | undefined; endedAt: Date | string | null | undefined; secretary: NamedMember | null | undefined;
}): Html {
  const { t, lang } = ctx;
  if (!startedAt && !endedAt && !secretary) return new Html('');
  const iso = (v: Date | string) => (typeof v === 'string' ? v : toBrusselsIso(v));
  return (
    <dl class="facts proceedings">
      {startedAt ? [<dt>{t('gov.minutes.startedAt')}</dt>, <dd><time datetime={iso(startedAt)}>{formatDateTime(startedAt, lang)}</time></dd>] : null}
      {endedAt ? [<dt>{t('gov.minutes.endedAt')}</dt>, <dd><time datetime={iso(endedAt)}>{formatDateTime(endedAt, lang)}</time></dd>] : null}
      {secretary ? [<dt>{t('gov.minutes.secretary')}</dt>, <dd>{memberName(secretary)}</dd>] : null}
    </dl>
  );
}

export interface NamedVoters { for: NamedMember[]; against: NamedMember[]; abstain: NamedMember[] }

/** Who voted for, against and abstained on one agenda item: a table with a caption naming the item. */
export function VotersTable({ ctx, item, voters }: { ctx: ViewContext; item: string; voters: NamedVoters | null | undefined }): Html {
  const { t } = ctx;
  if (!voters || voters.for.length + voters.against.length + voters.abstain.length === 0) return new Html('');
  return (
    <ScrollTable caption={t('gov.minutes.votersCaption', { item })} class="data-table voters">
      <thead><tr><th scope="col">{t('gov.minutes.voteColumn')}</th><th scope="col">{t('gov.minutes.countColumn')}</th><th scope="col">{t('gov.minutes.membersColumn')}</th></tr></thead>
      <tbody>{(['for', 'against', 'abstain'] as const).map((choice) => (
        <tr><th scope="row">{t(`gov.vote.${choice}`)}</th><td>{voters[choice].length}</td><td>{voters[choice].map(memberName).join(', ') || '—'}</td></tr>
      ))}</tbody>
    </ScrollTable>
  );
}

/** An agenda item's type (planned or added), where it is recorded. */
export function ItemType({ ctx, type }: { ctx: ViewContext; type: string | null | undefined }): Html {
  if (!type) return new Html('');
  const { t } = ctx;
  return <p class="muted item-type">{t('gov.agenda.type')}: {t(`gov.agendaItemType.${type}`)}</p>;
}
