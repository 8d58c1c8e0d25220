import type { Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { h, Html } from '../../../web/jsx.js';
import type { PublishProblem } from '../publish-rules.js';
import type { HistoryEntry, ModelHead } from '../queries.js';
import type { EditState } from './model.js';
import { dateTimeFormat, LOCALE } from '../../../i18n/formats.js';
import { ScrollTable } from '../../../web/components.js';

/** A publishing problem in the reader's language. */
export function problemText(t: Translate, p: PublishProblem): string {
  const key = `maturity.problem.${p.code}`;
  const text = t(key, p.params);
  return text === key ? p.message : text;
}

export function ProblemList({ t, problems }: { t: Translate; problems: PublishProblem[] }): Html {
  return <ul>{problems.map((p) => <li>{problemText(t, p)}</li>)}</ul>;
}

/** The transition team's tools on a draft: what to edit, what still blocks publishing, what changed. */
export function DraftPanel({ ctx, head, edit }: { ctx: ViewContext; head: ModelHead; edit: EditState }) {
  const { t, lang } = ctx;
  const base = `/maturity/models/${head.version}`;
  return (
    <section aria-labelledby="draft-tools" class="api-op">
      <h2 id="draft-tools">{t('maturity.edit.title')}</h2>
      <p>{t('maturity.edit.intro')}</p>
      <ul>
        <li><a href={`${base}/note`}>{t('maturity.edit.note')}</a></li>
        <li><a href={`${base}/levels`}>{t('maturity.edit.levels')}</a></li>
        <li><a href={`${base}/dimensions/new`}>{t('maturity.edit.addDimension')}</a></li>
        <li><a href={`${base}/import`}>{t('maturity.edit.import')}</a></li>
        {edit.previous ? <li><a href={`${base}/mappings`}>{t('maturity.edit.mappings', { version: edit.previous.version })}</a></li> : null}
        <li><a href={`${base}/publish`}>{t('maturity.edit.publish')}</a></li>
        <li><a href={`${base}/discard`}>{t('maturity.edit.discard')}</a></li>
      </ul>
      <h3>{t('maturity.publish.readyTitle')}</h3>
      {edit.problems.length === 0
        ? <p>{t('maturity.publish.ready')}</p>
        : [<p>{t('maturity.publish.notReady', { count: edit.problems.length })}</p>, <ProblemList t={t} problems={edit.problems} />]}
      <h3>{t('maturity.history.title')}</h3>
      <HistoryTable ctx={ctx} history={edit.history} lang={lang} />
    </section>
  );
}

function HistoryTable({ ctx, history, lang }: { ctx: ViewContext; history: HistoryEntry[]; lang: 'nl' | 'en' }): Html {
  const { t } = ctx;
  if (!history.length) return <p>{t('maturity.history.none')}</p>;
  const when = dateTimeFormat(LOCALE[lang], { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' });
  return (
    <ScrollTable caption={t('maturity.history.title')} class="data-table" captionClass="visually-hidden">
      <thead><tr><th scope="col">{t('maturity.history.when')}</th><th scope="col">{t('maturity.history.who')}</th><th scope="col">{t('maturity.history.what')}</th></tr></thead>
      <tbody>
        {history.map((e) => (
          <tr>
            <td><time datetime={e.at.toISOString()}>{when.format(e.at)}</time></td>
            <td>{e.user ?? t('maturity.history.system')}</td>
            <td>{changeText(t, e)}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

/** "question.move audience -> data" reads as a sentence; the part after the first word is detail. */
function changeText(t: Translate, e: HistoryEntry): string {
  const [kind = '', ...rest] = e.summary.split(' ');
  const key = `maturity.change.${kind}`;
  const label = t(key) === key ? e.summary || e.action : t(key);
  const subject = e.entityId.includes('/') ? e.entityId.split('/')[1] : '';
  return [label, subject ? `(${subject})` : '', rest.join(' ')].filter(Boolean).join(' ');
}
