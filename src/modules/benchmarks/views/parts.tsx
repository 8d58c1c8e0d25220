import type { Translate } from '../../../plugins/i18n.js';
import { h, Html } from '../../../web/jsx.js';
import type { QuartileChart } from '../chart.js';

export const CHART_SCRIPTS = ['/static/vendor/echarts/echarts.min.js', '/static/js/charts.js'];

/** The chart, drawn in the browser by /static/js/charts.js; the caption points to the table with the same figures. */
export function Chart({ spec, label }: { spec: QuartileChart | null; label: string }): Html {
  return spec ? (
    <figure class="chart">
      <div class="chart-canvas" data-chart={JSON.stringify(spec)} aria-hidden="true"></div>
      <figcaption class="hint">{label}</figcaption>
    </figure>
  ) : new Html('');
}

export function Withheld({ message }: { message: string | null }): Html {
  return <div class="notice"><p>{message ?? ''}</p></div>;
}

export function DemoNotice({ t, show }: { t: Translate; show: boolean }): Html {
  return show ? <div class="notice notice-demo"><p>{t('benchmarks.demoNotice')}</p></div> : new Html('');
}

/** The rules behind every figure, stated where the figures are. */
export function Rules({ t, rules, id }: { t: Translate; rules: { percentile: string; quartiles: string; yearOnYear: string; suppression: string; difference: string }; id: string }): Html {
  return (
    <section aria-labelledby={id}>
      <h2 id={id}>{t('benchmarks.rules.heading')}</h2>
      <dl>
        <dt>{t('benchmarks.rules.quartiles')}</dt><dd>{rules.quartiles}</dd>
        <dt>{t('benchmarks.rules.percentile')}</dt><dd>{rules.percentile}</dd>
        <dt>{t('benchmarks.rules.yoy')}</dt><dd>{rules.yearOnYear}</dd>
        <dt>{t('benchmarks.rules.suppression')}</dt><dd>{rules.suppression} {rules.difference}</dd>
      </dl>
    </section>
  );
}
