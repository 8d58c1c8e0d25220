import type { Catalog } from '../../../catalog/catalog.js';
import type { FieldError } from '../../../plugins/errors.js';
import type { Lang, Translate } from '../../../plugins/i18n.js';
import type { ViewContext } from '../../../web/context.js';
import { DemoBadge, ScrollTable } from '../../../web/components.js';
import { Csrf, ErrorSummary, Select } from '../../../web/forms.js';
import { h, Html } from '../../../web/jsx.js';
import { Layout } from '../../../web/layout.js';
import { HORIZONS } from '../constants.js';
import type { KpiFigure, LineFigure } from '../queries/paths.js';
import type { HistoryEntry } from '../queries/vision.js';
import type { PathView } from '../reads.js';
import { Radios } from './form-parts.js';
import { ActionError, History, Paragraphs, Progress, SavedNotice, number } from './parts.js';
import { unitLabel } from '../../monitoring/views/parts.js';

const Flag = ({ t }: { t: Translate }) => <span class="badge badge-gap">{t('vision.paths.flag')}</span>;

function Frame({ t, lang, catalog, pillars, challenges }: { t: Translate; lang: Lang; catalog: Catalog; pillars: number[]; challenges: number[] }): Html {
  return (
    <dl class="facts">
      <dt>{t('vision.paths.pillars')}</dt>
      <dd>{pillars.length ? pillars.map((n, i) => [i ? '; ' : '', `${n}. ${catalog.pillar(n)?.name[lang] ?? ''}`]) : '—'}</dd>
      <dt>{t('vision.paths.challenges')}</dt>
      <dd>{challenges.length ? challenges.map((n, i) => [i ? '; ' : '', <a href={`/challenges/${n}`}>{`${n}. ${catalog.challenge(n)?.title[lang] ?? ''}`}</a>]) : '—'}</dd>
    </dl>
  );
}

/** The transition paths toward 2050; a path that no short-term action line moves forward is flagged in words. */
export function PathsPage({ ctx, catalog, paths, desiredState, canEdit }: {
  ctx: ViewContext; catalog: Catalog; paths: PathView[]; desiredState: { text: string; href: string } | null; canEdit: boolean;
}): Html {
  const { t, lang } = ctx;
  const flagged = paths.filter((p) => p.path.links.length === 0).length;
  return (
    <Layout ctx={ctx} title={t('vision.paths.title')} crumbs={[[t('nav.vision'), '/vision']]}>
      <h1>{t('vision.paths.title')}</h1>
      <p class="lead">{t('vision.paths.lead')}</p>
      {desiredState ? (
        <section aria-labelledby="desired-title">
          <h2 id="desired-title">{t('vision.paths.desiredState')}</h2>
          <Paragraphs text={desiredState.text} />
          <p><a href={desiredState.href}>{t('vision.paths.inVision')}</a></p>
        </section>
      ) : null}
      {canEdit ? <div class="actions"><a class="button" href="/paths/new">{t('vision.paths.new')}</a></div> : null}
      {flagged ? <div class="notice notice-error"><p><Flag t={t} /> {t('vision.paths.flaggedCount', { count: flagged })}</p></div> : null}
      {paths.length === 0 ? <p>{t('vision.paths.none')}</p> : (
        <ScrollTable caption={t('vision.paths.caption', { count: paths.length })} class="data-table">
          <thead><tr>
            <th scope="col">{t('vision.paths.path')}</th><th scope="col">{t('vision.paths.pillars')}</th>
            <th scope="col">{t('vision.paths.lines')}</th><th scope="col">{t('vision.paths.progress')}</th>
          </tr></thead>
          <tbody>
            {paths.map(({ path, progress }) => (
              <tr>
                <th scope="row"><a href={`/paths/${path.code}`}>{path.title[lang]}</a> <DemoBadge t={t} isDemo={path.isDemo} /></th>
                <td>{path.pillars.length ? path.pillars.join(', ') : '—'}</td>
                <td>{path.links.length ? String(path.links.length) : <Flag t={t} />}</td>
                <td><Progress t={t} lang={lang} value={progress} /></td>
              </tr>
            ))}
          </tbody>
        </ScrollTable>
      )}
      <p class="hint">{t('vision.paths.progressRule')}</p>
    </Layout>
  );
}

function KpiList({ t, lang, kpis }: { t: Translate; lang: Lang; kpis: KpiFigure[] }): Html {
  if (!kpis.length) return <span class="muted">{t('vision.paths.noKpis')}</span>;
  return (
    <ul>
      {kpis.map((k) => (
        <li>
          <a href={`/kpis/${k.code}`}>{k.name[lang]}</a>:{' '}
          {k.latest ? `${number(lang, k.latest.value)} ${unitLabel(t, k.unit)} (${k.latest.period})` : t('vision.paths.noMeasurement')}
          {k.target ? `; ${t('vision.paths.target', { year: k.target.year, value: number(lang, k.target.value), unit: unitLabel(t, k.unit) })}` : ''}
        </li>
      ))}
    </ul>
  );
}

export interface LinkFormState { errors: FieldError[]; line: string; horizon: string }

/** One path: per horizon its goal and the short-term action lines that move it there, with their progress and KPIs. */
export function PathPage({ ctx, catalog, view, canEdit, lines, linkForm, notice, actionError, history }: {
  ctx: ViewContext; catalog: Catalog; view: PathView; canEdit: boolean; lines: Array<{ code: string; title: { nl: string; en: string } }>;
  linkForm: LinkFormState | undefined; notice: string | undefined; actionError: string | undefined; history: HistoryEntry[] | null;
}): Html {
  const { t, lang } = ctx;
  const { path, figures, kpis } = view;
  const byHorizon = (year: number) => path.links.filter((l) => l.horizon === year).map((l) => figures.get(l.actionLineId)).filter((f): f is LineFigure => f !== undefined);
  return (
    <Layout ctx={ctx} title={path.title[lang]} crumbs={[[t('nav.vision'), '/vision'], [t('vision.paths.title'), '/paths']]}>
      <h1>{path.title[lang]} <DemoBadge t={t} isDemo={path.isDemo} /></h1>
      <SavedNotice t={t} notice={notice} draftKey={notice === 'vision.saved.pathSaved' ? `vision-path-${path.code}` : undefined} />
      <ActionError message={actionError} />
      {path.summary[lang] ? <Paragraphs text={path.summary[lang]} /> : null}
      {path.links.length === 0 ? <div class="notice notice-error"><p><Flag t={t} /> {t('vision.paths.flagExplained')}</p></div> : null}
      <p>{t('vision.paths.progressOf')}: <Progress t={t} lang={lang} value={view.progress} /></p>
      <Frame t={t} lang={lang} catalog={catalog} pillars={path.pillars} challenges={path.challenges} />
      {canEdit ? <div class="actions"><a class="button button-secondary" href={`/paths/${path.code}/edit`}>{t('vision.paths.edit')}</a></div> : null}
      {HORIZONS.map((year) => {
        const tied = byHorizon(year);
        return (
          <section aria-labelledby={`horizon-${year}`}>
            <h2 id={`horizon-${year}`}>{t('vision.paths.horizon', { year })}</h2>
            <Paragraphs text={path.horizons[year][lang]} />
            {tied.length === 0 ? <p class="muted">{t('vision.paths.noLinesHere')}</p> : (
              <ScrollTable caption={t('vision.paths.linesCaption', { year })} class="data-table">
                <thead><tr>
                  <th scope="col">{t('vision.paths.line')}</th><th scope="col">{t('vision.paths.progress')}</th>
                  <th scope="col">{t('vision.paths.atRisk')}</th><th scope="col">{t('vision.paths.kpis')}</th>
                  {canEdit ? <th scope="col">{t('vision.paths.manage')}</th> : null}
                </tr></thead>
                <tbody>
                  {tied.map((f) => (
                    <tr>
                      <th scope="row"><a href={`/action-lines/${f.code}`}>{f.title[lang]}</a> <DemoBadge t={t} isDemo={f.isDemo} />
                        {f.plan ? <span class="muted"> ({t('vision.paths.plan', { year: f.plan.year })})</span> : null}</th>
                      <td><Progress t={t} lang={lang} value={f.progress} /></td>
                      <td>{String(f.atRisk)}</td>
                      <td><KpiList t={t} lang={lang} kpis={kpis.get(f.id) ?? []} /></td>
                      {canEdit ? (
                        <td>
                          <form method="post" action={`/paths/${path.code}/action-lines/${f.code}/remove`} class="inline-form">
                            <Csrf token={ctx.csrfToken} />
                            <button type="submit" class="link-button">{t('vision.paths.unlink', { line: f.code })}</button>
                          </form>
                        </td>
                      ) : null}
                    </tr>
                  ))}
                </tbody>
              </ScrollTable>
            )}
          </section>
        );
      })}
      {canEdit ? (
        <section aria-labelledby="link-title">
          <h2 id="link-title">{t('vision.paths.linkTitle')}</h2>
          <form method="post" action={`/paths/${path.code}/action-lines`} novalidate>
            <Csrf token={ctx.csrfToken} />
            <ErrorSummary t={t} errors={linkForm?.errors ?? []} labels={{ line: t('vision.paths.line'), horizon: t('vision.paths.horizonField') }} />
            <Select t={t} name="line" label={t('vision.paths.line')} value={linkForm?.line ?? ''} errors={linkForm?.errors ?? []} required
              empty={t('form.choose')} options={lines.map((l) => [l.code, `${l.title[lang]} (${l.code})`])} hint={t('vision.paths.linkHint')} />
            <Radios t={t} name="horizon" legend={t('vision.paths.horizonField')} options={HORIZONS.map((y) => [String(y), String(y)])} value={linkForm?.horizon ?? '2025'} errors={linkForm?.errors ?? []} />
            <button type="submit" class="button">{t('vision.paths.link')}</button>
          </form>
        </section>
      ) : null}
      <History ctx={ctx} entries={history} />
    </Layout>
  );
}
