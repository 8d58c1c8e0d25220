import type { FieldError } from '../../../plugins/errors.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge } from '../../../web/components.js';
import { Csrf, ErrorSummary, TextField } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { ENDORSEMENT_KPI } from '../constants.js';
import type { PathView } from '../reads.js';
import type { VisionWithRounds } from '../queries/vision.js';
import { ActionError, Moment, Progress, SavedNotice } from './parts.js';

export interface HubProps {
  ctx: ViewContext; visions: VisionWithRounds[]; paths: PathView[]; scenarioSets: number;
  can: { edit: boolean; writeKpi: boolean }; notice: string | undefined; kpiErrors: FieldError[]; kpiYear: string; actionError?: string | undefined;
}

/** The entry to the module: the visions in consultation, the transition paths and the scenarios. */
export function HubPage({ ctx, visions, paths, scenarioSets, can, notice, kpiErrors, kpiYear, actionError }: HubProps): Html {
  const { t, lang } = ctx;
  const flagged = paths.filter((p) => p.path.links.length === 0).length;
  return (
    <Layout ctx={ctx} title={t('vision.hub.title')}>
      <h1>{t('vision.hub.title')}</h1>
      <p class="lead">{t('vision.hub.lead')}</p>
      <SavedNotice t={t} notice={notice} />
      <ActionError message={actionError} />
      <p><a href="/vision/why">{t('vision.hub.why')}</a></p>
      <section aria-labelledby="visions-title">
        <h2 id="visions-title">{t('vision.hub.visions')}</h2>
        {can.edit ? <div class="actions"><a class="button" href="/vision/new">{t('vision.hub.new')}</a></div> : null}
        {visions.length === 0 ? <p>{t('vision.hub.noVisions')}</p> : (
          <ul class="cards">
            {visions.map((v) => {
              const latest = v.rounds[v.rounds.length - 1]!;
              return (
                <li class="card">
                  <h3><a href={`/vision/${v.code}`}>{v.title[lang]}</a> <DemoBadge t={t} isDemo={v.isDemo} /></h3>
                  <p>
                    {t('vision.round.name', { n: latest.number })}: <strong>{t(`vision.round.status.${latest.status}`)}</strong>
                    {latest.status === 'open' && latest.openedAt ? [' ', t('vision.hub.since'), ' ', <Moment lang={lang} iso={latest.openedAt} />] : null}
                    {latest.status === 'closed' && latest.closedAt ? [' ', t('vision.hub.on'), ' ', <Moment lang={lang} iso={latest.closedAt} />] : null}
                  </p>
                  {latest.status === 'open' ? <p><a href={`/vision/${v.code}#comment-form`}>{t('vision.hub.takePart')}</a></p> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>
      <section aria-labelledby="paths-title">
        <h2 id="paths-title">{t('vision.paths.title')}</h2>
        <p>{t('vision.hub.pathsLead', { count: paths.length })}</p>
        {flagged ? <p><span class="badge badge-gap">{t('vision.paths.flag')}</span> {t('vision.hub.flagged', { count: flagged })}</p> : null}
        <ul>
          {paths.map((p) => (
            <li><a href={`/paths/${p.path.code}`}>{p.path.title[lang]}</a> — <Progress t={t} lang={lang} value={p.progress} />{p.path.links.length === 0 ? [' ', <span class="badge badge-gap">{t('vision.paths.flag')}</span>] : null}</li>
          ))}
        </ul>
        <p><a href="/paths">{t('vision.hub.allPaths')}</a></p>
      </section>
      <section aria-labelledby="scenarios-title">
        <h2 id="scenarios-title">{t('vision.scenarios.title')}</h2>
        <p>{t('vision.hub.scenariosLead', { count: scenarioSets })}</p>
        <p><a href="/scenarios">{t('vision.hub.allScenarios')}</a></p>
      </section>
      {can.writeKpi ? (
        <section aria-labelledby="kpi-title">
          <h2 id="kpi-title">{t('vision.kpi.title')}</h2>
          <p>{t('vision.kpi.lead')} <a href={`/kpis/${ENDORSEMENT_KPI}`}>{t('vision.kpi.link')}</a></p>
          <form method="post" action="/vision/kpi-measurements" novalidate>
            <Csrf token={ctx.csrfToken} />
            <ErrorSummary t={t} errors={kpiErrors} labels={{ year: t('vision.kpi.year') }} />
            <TextField t={t} name="year" label={t('vision.kpi.year')} value={kpiYear} errors={kpiErrors} inputmode="numeric" required />
            <button type="submit" class="button">{t('vision.kpi.submit')}</button>
          </form>
        </section>
      ) : null}
    </Layout>
  );
}
