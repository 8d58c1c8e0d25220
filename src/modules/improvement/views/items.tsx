import type { Translate } from '../../../plugins/i18n.js';
import type { Lang } from '../../../plugins/i18n.js';
import { h, Html } from '../../../web/jsx.js';
import type { ItemRecord } from '../queries.js';
import { day } from '../sentences.js';
import { ScrollTable } from '../../../web/components.js';

const STATUS_CLASS: Record<string, string> = { done: 'badge badge-covered', dropped: 'badge badge-retired', doing: 'badge badge-weak', todo: 'badge' };

export function ItemStatus({ t, status }: { t: Translate; status: string }): Html {
  return <span class={STATUS_CLASS[status] ?? 'badge'}>{t(`improvement.status.${status}`)}</span>;
}

/** One dimension's items: the step, who takes it on, by when, and where it stands (in words). */
export function ItemTable({ t, lang, organisationId, caption, items, editable }: {
  t: Translate; lang: Lang; organisationId: number; caption: string; items: ItemRecord[]; editable: boolean;
}): Html {
  if (!items.length) return <p>{t('improvement.items.none')}</p>;
  return (
    <ScrollTable caption={caption} class="data-table">
      <thead>
        <tr>
          <th scope="col">{t('improvement.col.step')}</th>
          <th scope="col">{t('improvement.col.owner')}</th>
          <th scope="col">{t('improvement.col.due')}</th>
          <th scope="col">{t('improvement.col.status')}</th>
          {editable ? <th scope="col"><span class="visually-hidden">{t('improvement.col.actions')}</span></th> : null}
        </tr>
      </thead>
      <tbody>
        {items.map((i) => (
          <tr>
            <th scope="row">{i.text}{i.stepId === null ? [' ', <span class="tag">{t('improvement.items.own')}</span>] : null}</th>
            <td>{i.owner || '—'}</td>
            <td>{i.dueOn ? <time datetime={i.dueOn}>{day(lang, i.dueOn)}</time> : '—'}</td>
            <td><ItemStatus t={t} status={i.status} /></td>
            {editable ? <td><a href={`/organisations/${organisationId}/plan/items/${i.id}/edit`}>{t('improvement.items.edit')}<span class="visually-hidden">: {i.text}</span></a></td> : null}
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}
