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

  document.querySelectorAll('[data-chart]').forEach(function (el) {
    var spec;
    try { spec = JSON.parse(el.getAttribute('data-chart')); } catch (e) { return; }
    if (!spec || !spec.categories || !spec.categories.length) return;
    // Sized through the CSS object model: the content security policy forbids style attributes.
    el.style.width = '100%';
    el.style.height = spec.kind === 'bar' ? Math.max(8, 2.5 + spec.categories.length * 2.1) + 'rem' : '20rem';
    var chart = window.echarts.init(el, null, { renderer: 'svg' });
    var option = spec.kind === 'bar' ? barOption(spec) : lineOption(spec);
    option.animation = false;
    chart.setOption(option);
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
