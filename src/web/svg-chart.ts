import * as echarts from 'echarts';

/**
 * Server-side ECharts (SVG): charts in pages and PDFs without a browser. The result is already
 * safe for the content security policy (see cspSafeSvg).
 */
export function renderSvgChart(option: echarts.EChartsCoreOption, width: number, height: number): string {
  const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width, height });
  chart.setOption({ animation: false, textStyle: { fontFamily: 'Helvetica, Arial, sans-serif' }, ...option });
  const out = chart.renderToSVGString();
  chart.dispose();
  return cspSafeSvg(out);
}

/**
 * The page's content security policy allows no inline styles: the SVG's hover-only <style>
 * block goes, and each style attribute becomes the equivalent SVG presentation attributes.
 */
export function cspSafeSvg(svg: string): string {
  return svg
    .replace(/<style[\s\S]*?<\/style>/g, '')
    .replace(/ style="([^"]*)"/g, (_m, css: string) => css.split(';').map((d) => d.trim()).filter(Boolean)
      .map((d) => { const [prop, ...rest] = d.split(':'); return ` ${prop!.trim()}="${rest.join(':').trim().replace(/"/g, "'")}"`; }).join(''));
}
