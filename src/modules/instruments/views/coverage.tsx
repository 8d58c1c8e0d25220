import type { ViewContext } from '../../../web/context.js';
import { h, type Html } from '../../../web/jsx.js';
import type { Translate } from '../../../plugins/i18n.js';
import type { Lang } from '../../../plugins/i18n.js';
import { Layout } from '../../../web/layout.js';
import { COVERAGE_RULE, type CoverageMatrix, type CoverageStatus } from '../coverage.js';
import { ScrollTable } from '../../../web/components.js';

const BADGE: Record<CoverageStatus, string> = { gap: 'badge badge-gap', weak: 'badge badge-weak', covered: 'badge badge-covered' };

/** How many instruments a cell lists before it links to the filtered registry instead. */
export const CELL_LIMIT = 8;

/** The page: its body depends only on the language, so the route caches it per catalog change. */
export function CoveragePage({ ctx, body }: { ctx: ViewContext; body: Html }) {
  return <Layout ctx={ctx} title={ctx.t('coverage.title')}>{body}</Layout>;
}

export function CoverageBody({ t, lang, matrix }: { t: Translate; lang: Lang; matrix: CoverageMatrix }) {
  const s = matrix.summary;
  return (
    <div>
      <h1>{t('coverage.title')}</h1>
      <p class="lead">{t('coverage.lead')}</p>
      <p role="status"><strong>{t('coverage.summary', { challenges: s.challenges, gaps: s.gaps, weak: s.weak, covered: s.covered, instruments: s.activeInstruments })}</strong></p>
      <ul class="legend" aria-label={t('coverage.legend')}>
        <li><span class={BADGE.gap}>{t('coverage.status.gap')}</span> {t('coverage.rule.gap')}</li>
        <li><span class={BADGE.weak}>{t('coverage.status.weak')}</span> {t('coverage.rule.weak', { min: COVERAGE_RULE.minInstruments })}</li>
        <li><span class={BADGE.covered}>{t('coverage.status.covered')}</span> {t('coverage.rule.covered', { min: COVERAGE_RULE.minInstruments })}</li>
      </ul>
      <div class="matrix">
        {matrix.pillars.map((p) => (
          <section class="matrix-col" aria-labelledby={`pillar-${p.number}`}>
            <div class="matrix-head">
              <h2 id={`pillar-${p.number}`}><a href={`/pillars/${p.number}`}>{t('coverage.pillarN', { n: p.number })}: {p.name[lang]}</a></h2>
            </div>
            {p.cells.map((cell) => (
              <div class={`matrix-cell cell-${cell.status}`}>
                <h3><a href={`/challenges/${cell.challenge}`}>{t('coverage.challengeN', { n: cell.challenge })}</a>: {cell.title[lang]}</h3>
                <p><span class={BADGE[cell.status]}>{t(`coverage.status.${cell.status}`)}</span></p>
                {cell.instruments.length ? (
                  <ul>
                    {cell.instruments.slice(0, CELL_LIMIT).map((i) => (
                      <li><a href={`/instruments/${i.code}`}>{i.name[lang]}</a>{i.strength === 'partial' ? ` (${t('strength.partial.short')})` : ''}</li>
                    ))}
                  </ul>
                ) : null}
                {cell.instruments.length > CELL_LIMIT
                  ? <p><a href={`/instruments?challenge=${cell.challenge}`}>{t('coverage.allN', { n: cell.instruments.length, challenge: cell.challenge })}</a></p>
                  : null}
                {cell.status !== 'covered' ? <p class="why"><strong>{t('coverage.whyItMatters')}</strong> {cell.whyItMatters[lang]}</p> : null}
              </div>
            ))}
          </section>
        ))}
      </div>
      <h2>{t('coverage.tableTitle')}</h2>
      <ScrollTable caption={t('coverage.tableCaption')} class="data-table">
        <thead>
          <tr><th scope="col">{t('instruments.pillar')}</th><th scope="col">{t('instruments.challenge')}</th><th scope="col">{t('coverage.statusHeader')}</th><th scope="col">{t('coverage.strong')}</th><th scope="col">{t('coverage.partial')}</th></tr>
        </thead>
        <tbody>
          {matrix.pillars.flatMap((p) => p.cells.map((cell) => (
            <tr>
              <td>{p.number}</td>
              <th scope="row">{cell.challenge}. {cell.title[lang]}</th>
              <td>{t(`coverage.status.${cell.status}`)}</td>
              <td>{String(cell.instruments.filter((i) => i.strength === 'strong').length)}</td>
              <td>{String(cell.instruments.filter((i) => i.strength === 'partial').length)}</td>
            </tr>
          )))}
        </tbody>
      </ScrollTable>
      <p><a href="/api/coverage">{t('common.asJson')}</a></p>
    </div>
  );
}
