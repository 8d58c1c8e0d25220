// Charts drawn in the browser from data the server put in the page. Every element marked
// data-chart holds a small JSON description (categories, series, axis kind); the same figures
// are in the table beside the chart, so the chart is hidden from assistive technology and
// nothing is lost without JavaScript. Drawing here keeps the server from rendering a chart
// for every combination of filters a reader chooses.
(function () {
  'use strict';
  if (!window.echarts) return;
  var lang = document.documentElement.lang === 'en' ? 'en-GB' : 'nl-BE';
  var format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  var INK = '#1a1a1a';

  function truncate(text, max) {
    return text.length > max ? text.slice(0, max - 1) + '\u2026' : text;
  }

  function lineOption(spec) {
    return {
      legend: { top: 0, textStyle: { color: INK } },
      grid: { left: 56, right: 24, top: 48, bottom: 40 },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '\u2014' : format.format(v) + (spec.unit ? ' ' + spec.unit : ''); } },
      xAxis: { type: 'category', data: spec.categories, axisLabel: { color: INK } },
      yAxis: { type: 'value', name: spec.unit || '', nameTextStyle: { color: INK }, axisLabel: { color: INK, formatter: function (v) { return format.format(v); } } },
      series: spec.series.map(function (s) {
        return {
          name: s.name, type: 'line', data: s.data, connectNulls: true, symbolSize: 7,
          symbol: s.line === 'dotted' ? 'none' : (s.line === 'dashed' ? 'diamond' : 'circle'),
          lineStyle: { width: s.line ? 2 : 3, type: s.line || 'solid', color: s.color },
          itemStyle: { color: s.color },
        };
      }),
    };
  }

  function barOption(spec) {
    var categories = spec.categories.map(function (c) { return truncate(c, 34); }).reverse();
    return {
      legend: spec.series.length > 1 ? { top: 0, textStyle: { color: INK } } : undefined,
      grid: { left: 8, right: 56, top: spec.series.length > 1 ? 32 : 8, bottom: 24, containLabel: true },
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      xAxis: { type: 'value', max: spec.percent ? 100 : undefined, axisLabel: { color: INK, formatter: spec.percent ? '{value}%' : function (v) { return format.format(v); } } },
      yAxis: { type: 'category', data: categories, axisLabel: { color: INK } },
      series: spec.series.map(function (s) {
        return {
          name: s.name, type: 'bar', data: s.data.slice().reverse(), itemStyle: { color: s.color },
          label: { show: true, position: 'right', color: INK, formatter: function (p) { return format.format(p.value) + (spec.percent ? '%' : ''); } },
        };
      }),
    };
  }

  // Quartiles per row: an invisible base up to Q1, a bar from Q1 to Q3, a mark at the median and,
  // on a benchmark, a diamond at the organisation's own level (shapes differ, not only colours).
  function quartilesOption(spec) {
    var rows = spec.rows.slice().reverse();
    var withOwn = rows.some(function (r) { return r.own !== null && r.own !== undefined; });
    var l = spec.labels;
    return {
      legend: { top: 0, data: [l.range, l.median].concat(withOwn ? [l.own] : []), textStyle: { color: INK } },
      grid: { left: 8, right: 24, top: 36, bottom: 40, containLabel: true },
      xAxis: { type: 'value', min: 0, max: 5, interval: 1, name: l.level, nameLocation: 'middle', nameGap: 26, nameTextStyle: { color: INK }, axisLabel: { color: INK } },
      yAxis: { type: 'category', data: rows.map(function (r) { return truncate(r.label, 34); }), axisLabel: { color: INK } },
      series: [
        { name: 'base', type: 'bar', stack: 'range', data: rows.map(function (r) { return r.q1; }), itemStyle: { opacity: 0 }, barWidth: 18, silent: true },
        { name: l.range, type: 'bar', stack: 'range', data: rows.map(function (r) { return r.q3 === null || r.q1 === null ? null : r.q3 - r.q1; }), itemStyle: { color: '#bfbfbf', borderColor: '#595959', borderWidth: 1 }, barWidth: 18 },
        { name: l.median, type: 'scatter', data: rows.map(function (r) { return r.median; }), symbol: 'rect', symbolSize: [4, 26], itemStyle: { color: INK } },
      ].concat(withOwn ? [{ name: l.own, type: 'scatter', data: rows.map(function (r) { return r.own === undefined ? null : r.own; }), symbol: 'diamond', symbolSize: 16, itemStyle: { color: '#e0c600', borderColor: INK, borderWidth: 2 } }] : []),
    };
  }

  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var spec;
    try { spec = JSON.parse(el.getAttribute('data-chart')); } catch (e) { return; }
    var count = spec && (spec.kind === 'quartiles' ? (spec.rows || []).length : (spec.categories || []).length);
    if (!count) return;
    // Sized through the CSS object model: the content security policy forbids style attributes.
    el.style.width = '100%';
    el.style.height = spec.kind === 'line' ? '20rem' : Math.max(8, 5 + count * 2.6) + 'rem';
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    var option = spec.kind === 'bar' ? barOption(spec) : spec.kind === 'quartiles' ? quartilesOption(spec) : lineOption(spec);
    option.animation = false;
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
