import type { ViewContext } from '../../../web/context.js';
import { h } from '../../../web/jsx.js';
import type { ModelDimension, ModelLevel } from '../model.js';
import type { EditState } from './model.js';
import { ButtonForm } from './parts.js';
import { ScrollTable } from '../../../web/components.js';

/**
 * One dimension: what its levels mean, its questions (critical items and the quick scan said in
 * words, never by colour alone) and the steps toward each level.
 */
export function DimensionSection({ ctx, version, dimension: d, levels, edit, index, count }: {
  ctx: ViewContext; version: number; dimension: ModelDimension; levels: ModelLevel[]; edit: EditState | null; index: number; count: number;
}) {
  const { t, lang } = ctx;
  const base = `/maturity/models/${version}`;
  const levelName = (n: number) => levels.find((l) => l.level === n)?.name[lang] ?? String(n);
  const nameId = `dim-${d.code}-name`;
  return (
    <section aria-labelledby={nameId}>
      <h2 id={`dim-${d.code}`}><span id={nameId}>{d.name[lang] || d.code}</span></h2>
      <p>{d.description[lang]}</p>
      {edit ? (
        <p class="actions">
          <a href={`${base}/dimensions/${d.code}/edit`} aria-describedby={nameId}>{t('maturity.edit.dimension')}</a>
          {index > 0 ? <ButtonForm action={`${base}/dimensions/${d.code}/move`} csrf={ctx.csrfToken} rowVersion={edit.rowVersion} name="direction" value="up" label={t('maturity.edit.moveUp')} describedBy={nameId} /> : null}
          {index < count - 1 ? <ButtonForm action={`${base}/dimensions/${d.code}/move`} csrf={ctx.csrfToken} rowVersion={edit.rowVersion} name="direction" value="down" label={t('maturity.edit.moveDown')} describedBy={nameId} /> : null}
          <a href={`${base}/dimensions/${d.code}/remove`} aria-describedby={nameId}>{t('maturity.edit.remove')}</a>
        </p>
      ) : null}
      <ScrollTable caption={t('maturity.model.meaningsCaption', { dimension: d.name[lang] || d.code })} class="data-table">
        <thead><tr><th scope="col">{t('maturity.level')}</th><th scope="col">{t('maturity.model.meaningHere')}</th></tr></thead>
        <tbody>
          {[1, 2, 3, 4, 5].map((n) => (
            <tr><th scope="row">{n}. {levelName(n)}</th><td>{d.meanings[n]?.[lang] || <span class="muted">{t('maturity.model.missing')}</span>}</td></tr>
          ))}
        </tbody>
      </ScrollTable>

      <h3>{t('maturity.model.questionsTitle', { count: d.questions.length })}</h3>
      {d.questions.length === 0 ? <p class="muted">{t('maturity.model.noQuestions')}</p> : (
        <ol>
          {d.questions.map((q, i) => {
            const textId = `q-${q.code}-text`;
            return (
              <li id={`q-${q.code}`}>
                <p id={textId}>{q.text[lang]}</p>
                <ul class="tags" aria-label={t('maturity.model.questionFacts')}>
                  {q.quickScan ? <li class="tag">{t('maturity.model.inQuickScan')}</li> : null}
                  {q.criticalFrom !== null ? <li class="tag"><strong>{t('maturity.model.critical', { level: q.criticalFrom, name: levelName(q.criticalFrom) })}</strong></li> : null}
                  {q.allowsNotApplicable ? <li class="tag">{t('maturity.model.naAllowed')}</li> : null}
                  {edit ? <li class="tag"><code>{q.code}</code></li> : null}
                </ul>
                {q.help[lang] ? <p class="hint">{q.help[lang]}</p> : null}
                {edit ? (
                  <p class="actions">
                    <a href={`${base}/questions/${q.code}/edit`} aria-describedby={textId}>{t('maturity.edit.question')}</a>
                    {i > 0 ? <ButtonForm action={`${base}/questions/${q.code}/move`} csrf={ctx.csrfToken} rowVersion={edit.rowVersion} name="direction" value="up" label={t('maturity.edit.moveUp')} describedBy={textId} /> : null}
                    {i < d.questions.length - 1 ? <ButtonForm action={`${base}/questions/${q.code}/move`} csrf={ctx.csrfToken} rowVersion={edit.rowVersion} name="direction" value="down" label={t('maturity.edit.moveDown')} describedBy={textId} /> : null}
                    <a href={`${base}/questions/${q.code}/remove`} aria-describedby={textId}>{t('maturity.edit.remove')}</a>
                  </p>
                ) : null}
              </li>
            );
          })}
        </ol>
      )}
      {edit ? <p><a class="button button-secondary" href={`${base}/questions/new?dimension=${encodeURIComponent(d.code)}`}>{t('maturity.edit.addQuestion', { dimension: d.name[lang] || d.code })}</a></p> : null}

      <h3>{t('maturity.model.stepsTitle')}</h3>
      {[1, 2, 3, 4, 5].map((n) => (
        <div>
          <h4>{t('maturity.model.stepsToward', { level: n, name: levelName(n) })}</h4>
          {(d.steps[n] ?? []).length ? <ul>{(d.steps[n] ?? []).map((s) => <li>{s.text[lang]}</li>)}</ul> : <p class="muted">{t('maturity.model.noSteps')}</p>}
        </div>
      ))}
    </section>
  );
}
