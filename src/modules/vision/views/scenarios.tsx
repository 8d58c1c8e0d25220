import type { FieldError } from '../../../plugins/errors.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { Csrf, ErrorSummary, Select, TextArea, TextField } from '../../../web/forms.js';
import { h, Html, raw } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { signalsChart } from '../charts.js';
import { val, type Form } from '../form-mapping.js';
import type { QuarterCounts, ScenarioRecord, ScenarioSetRecord, SignalRecord } from '../queries/scenarios.js';
import { History, Paragraphs, SavedNotice, day } from './parts.js';
import type { HistoryEntry } from '../queries/vision.js';

export interface SetView { set: ScenarioSetRecord; counts: QuarterCounts; recent: SignalRecord[] }
export interface SignalFormState { form: Form; errors: FieldError[] }

const poleLabel = (set: ScenarioSetRecord, axis: 1 | 2, pole: 'low' | 'high', lang: Lang) => (axis === 1 ? set.axis1 : set.axis2)[pole][lang];

/** The 2x2 of a set as a table: axis 2 in the rows (high on top), axis 1 in the columns. */
function Quadrants({ t, lang, set }: { t: Translate; lang: Lang; set: ScenarioSetRecord }): Html {
  const cell = (p1: 'low' | 'high', p2: 'low' | 'high') => {
    const s = set.scenarios.find((x) => x.pole1 === p1 && x.pole2 === p2);
    return <td>{s ? [<a href={`/scenarios/${s.code}`}>{s.title[lang]}</a>, <br />, <span class="muted">{t('vision.scenarios.signalCount', { count: s.signals })}</span>] : '—'}</td>;
  };
  return (
    <ScrollTable caption={t('vision.scenarios.quadrants', { axis1: set.axis1.name[lang], axis2: set.axis2.name[lang] })} class="data-table">
      <thead><tr>
        <td></td>
        <th scope="col">{set.axis1.name[lang]}: {set.axis1.low[lang]}</th>
        <th scope="col">{set.axis1.name[lang]}: {set.axis1.high[lang]}</th>
      </tr></thead>
      <tbody>
        {(['high', 'low'] as const).map((p2) => (
          <tr><th scope="row">{set.axis2.name[lang]}: {set.axis2[p2][lang]}</th>{cell('low', p2)}{cell('high', p2)}</tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function Drift({ t, lang, set, counts }: { t: Translate; lang: Lang; set: ScenarioSetRecord; counts: QuarterCounts }): Html {
  const names = new Map(set.scenarios.map((s) => [s.code, s.title[lang]]));
  const chart = signalsChart(counts, names);
  if (!chart) return <p>{t('vision.scenarios.noSignals')}</p>;
  return (
    <div>
      <figure class="chart" role="img" aria-label={t('vision.scenarios.chartLabel')}>{raw(chart)}</figure>
      <ScrollTable caption={t('vision.scenarios.tableCaption')} class="data-table">
        <thead><tr><th scope="col">{t('vision.scenarios.quarter')}</th>{set.scenarios.map((s) => <th scope="col">{s.title[lang]}</th>)}</tr></thead>
        <tbody>
          {counts.quarters.map((q, i) => (
            <tr><th scope="row">{q}</th>{counts.rows.map((r) => <td>{String(r.counts[i] ?? 0)}</td>)}</tr>
          ))}
        </tbody>
      </ScrollTable>
    </div>
  );
}

export function SignalTable({ t, lang, signals, names, caption }: { t: Translate; lang: Lang; signals: SignalRecord[]; names: Map<string, string>; caption: string }): Html {
  if (!signals.length) return <p>{t('vision.scenarios.noSignals')}</p>;
  return (
    <ScrollTable caption={caption} class="data-table">
      <thead><tr><th scope="col">{t('vision.signal.observedOn')}</th><th scope="col">{t('vision.signal.scenario')}</th><th scope="col">{t('vision.signal.description')}</th><th scope="col">{t('vision.signal.source')}</th></tr></thead>
      <tbody>
        {signals.map((s) => (
          <tr>
            <td><time datetime={s.observedOn}>{day(lang, s.observedOn)}</time></td>
            <td><a href={`/scenarios/${s.scenario}`}>{names.get(s.scenario) ?? s.scenario}</a></td>
            <td>{s.description} <DemoBadge t={t} isDemo={s.isDemo} /></td>
            <td>{s.source}{s.loggedBy ? <span class="muted"> ({s.loggedBy})</span> : null}</td>
          </tr>
        ))}
      </tbody>
    </ScrollTable>
  );
}

function SignalForm({ ctx, choices, state }: { ctx: ViewContext; choices: ScenarioRecord[]; state: SignalFormState | undefined }): Html {
  const { t, lang } = ctx;
  const form = state?.form ?? {};
  const errors = state?.errors ?? [];
  return (
    <section aria-labelledby="signal-title" id="signal-form">
      <h2 id="signal-title">{t('vision.signal.title')}</h2>
      <p>{t('vision.signal.lead')}</p>
      <form method="post" action="/signals" novalidate data-draft="vision-signal">
        <Csrf token={ctx.csrfToken} />
        <ErrorSummary t={t} errors={errors} labels={{ scenario: t('vision.signal.scenario'), observedOn: t('vision.signal.observedOn'), source: t('vision.signal.source'), description: t('vision.signal.description') }} />
        <Select t={t} name="scenario" label={t('vision.signal.scenario')} value={val(form, 'scenario')} errors={errors} required empty={t('form.choose')}
          options={choices.map((s) => [s.code, s.title[lang]])} />
        <TextField t={t} name="observedOn" type="date" label={t('vision.signal.observedOn')} value={val(form, 'observedOn')} errors={errors} required />
        <TextField t={t} name="source" label={t('vision.signal.source')} value={val(form, 'source')} errors={errors} required hint={t('vision.signal.sourceHint')} />
        <TextArea t={t} name="description" label={t('vision.signal.description')} value={val(form, 'description')} errors={errors} required rows={3} />
        <button type="submit" class="button">{t('vision.signal.submit')}</button>
        <p class="hint" data-draft-status aria-live="polite"></p>
      </form>
    </section>
  );
}

/** Foresight scenarios: every set with its axes, quadrants, the drift of the signals over time, and the signal log. */
export function ScenariosPage({ ctx, sets, canEdit, canLog, signalForm, notice }: {
  ctx: ViewContext; sets: SetView[]; canEdit: boolean; canLog: boolean; signalForm: SignalFormState | undefined; notice: string | undefined;
}): Html {
  const { t, lang } = ctx;
  return (
    <Layout ctx={ctx} title={t('vision.scenarios.title')} crumbs={[[t('nav.vision'), '/vision']]}>
      <h1>{t('vision.scenarios.title')}</h1>
      <p class="lead">{t('vision.scenarios.lead')}</p>
      <SavedNotice t={t} notice={notice} draftKey={notice === 'vision.saved.signalLogged' ? 'vision-signal' : undefined} />
      {canEdit ? <div class="actions"><a class="button" href="/scenarios/sets/new">{t('vision.scenarios.newSet')}</a></div> : null}
      {sets.length === 0 ? <p>{t('vision.scenarios.none')}</p> : null}
      {sets.map(({ set, counts, recent }) => {
        const names = new Map(set.scenarios.map((s) => [s.code, s.title[lang]]));
        return (
          <section aria-labelledby={`set-${set.code}`} id={set.code}>
            <h2 id={`set-${set.code}`}>{set.title[lang]} <DemoBadge t={t} isDemo={set.isDemo} /></h2>
            {set.question[lang] ? <p><strong>{t('vision.scenarios.question')}</strong> {set.question[lang]}</p> : null}
            <p>{t('vision.scenarios.horizonYear', { year: set.horizonYear })}</p>
            {canEdit ? <p><a href={`/scenarios/sets/${set.code}/edit`}>{t('vision.scenarios.editSet')}</a></p> : null}
            <Quadrants t={t} lang={lang} set={set} />
            <h3>{t('vision.scenarios.drift')}</h3>
            <Drift t={t} lang={lang} set={set} counts={counts} />
            <h3>{t('vision.scenarios.recent')}</h3>
            <SignalTable t={t} lang={lang} signals={recent} names={names} caption={t('vision.scenarios.recentCaption')} />
          </section>
        );
      })}
      {canLog && sets.length ? <SignalForm ctx={ctx} choices={sets.flatMap((s) => s.set.scenarios)} state={signalForm} /> : null}
    </Layout>
  );
}

/** One scenario at its stable address: where it sits on the axes, its story, what to watch, what it means, and its signals. */
export function ScenarioPage({ ctx, set, scenario, signals, counts, canEdit, notice, history }: {
  ctx: ViewContext; set: ScenarioSetRecord; scenario: ScenarioRecord; signals: SignalRecord[]; counts: QuarterCounts;
  canEdit: boolean; notice: string | undefined; history: HistoryEntry[] | null;
}): Html {
  const { t, lang } = ctx;
  const names = new Map(set.scenarios.map((s) => [s.code, s.title[lang]]));
  const mine = counts.rows.find((r) => r.code === scenario.code);
  return (
    <Layout ctx={ctx} title={scenario.title[lang]} crumbs={[[t('nav.vision'), '/vision'], [t('vision.scenarios.title'), '/scenarios']]}>
      <h1>{scenario.title[lang]} <DemoBadge t={t} isDemo={set.isDemo} /></h1>
      <SavedNotice t={t} notice={notice} draftKey={notice === 'vision.saved.scenarioSaved' ? `vision-scenario-${scenario.code}` : undefined} />
      <dl class="facts">
        <dt>{t('vision.scenarios.set')}</dt><dd><a href={`/scenarios#${set.code}`}>{set.title[lang]}</a></dd>
        <dt>{set.axis1.name[lang]}</dt><dd>{poleLabel(set, 1, scenario.pole1, lang)}</dd>
        <dt>{set.axis2.name[lang]}</dt><dd>{poleLabel(set, 2, scenario.pole2, lang)}</dd>
        <dt>{t('vision.scenarios.address')}</dt><dd><code>{`/scenarios/${scenario.code}`}</code></dd>
      </dl>
      <p class="hint">{t('vision.scenarios.addressHint')}</p>
      {canEdit ? <div class="actions"><a class="button button-secondary" href={`/scenarios/${scenario.code}/edit`}>{t('vision.scenarios.edit')}</a></div> : null}
      <h2>{t('vision.scenarios.narrative')}</h2>
      {scenario.narrative[lang] ? <Paragraphs text={scenario.narrative[lang]} /> : <p class="muted">{t('vision.scenarios.empty')}</p>}
      <h2>{t('vision.scenarios.watch')}</h2>
      {scenario.watch[lang] ? <Paragraphs text={scenario.watch[lang]} /> : <p class="muted">{t('vision.scenarios.empty')}</p>}
      <h2>{t('vision.scenarios.implications')}</h2>
      {scenario.implications[lang] ? <Paragraphs text={scenario.implications[lang]} /> : <p class="muted">{t('vision.scenarios.empty')}</p>}
      <p><a href="/paths">{t('vision.scenarios.toPaths')}</a></p>
      <h2>{t('vision.scenarios.signalsHere', { count: scenario.signals })}</h2>
      {mine && counts.quarters.length ? (
        <ScrollTable caption={t('vision.scenarios.perQuarterHere')} class="data-table">
          <thead><tr>{counts.quarters.map((q) => <th scope="col">{q}</th>)}</tr></thead>
          <tbody><tr>{mine.counts.map((c) => <td>{String(c)}</td>)}</tr></tbody>
        </ScrollTable>
      ) : null}
      <SignalTable t={t} lang={lang} signals={signals} names={names} caption={t('vision.scenarios.signalsCaption')} />
      <History ctx={ctx} entries={history} />
    </Layout>
  );
}
