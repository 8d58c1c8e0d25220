// KPI trend charts: every element marked data-kpi-chart holds its data as JSON (categories,
// measured, target, baseline, labels). The same figures are in the table beside the chart,
// so the chart is hidden from assistive technology and nothing is lost without JavaScript.
(function () {
  'use strict';
  if (!window.echarts) return;
  var lang = document.documentElement.lang === 'en' ? 'en-GB' : 'nl-BE';
  var format = new Intl.NumberFormat(lang, { maximumFractionDigits: 2 });
  document.querySelectorAll('[data-kpi-chart]').forEach(function (el) {
    var data;
    try { data = JSON.parse(el.getAttribute('data-kpi-chart')); } catch (e) { return; }
    // Sized through the CSS object model: the content security policy forbids style attributes.
    el.style.width = '100%';
    el.style.height = '22rem';
    var chart = window.echarts.init(el, null, { renderer: 'canvas' });
    var series = [{
      name: data.labels.measured, type: 'line', data: data.measured, connectNulls: true, symbolSize: 7,
      lineStyle: { width: 3, color: '#0046a8' }, itemStyle: { color: '#0046a8' },
    }];
    if (data.target.some(function (v) { return v !== null; })) {
      series.push({
        name: data.labels.target, type: 'line', data: data.target, connectNulls: true, symbol: 'diamond', symbolSize: 11,
        lineStyle: { type: 'dashed', width: 2, color: '#8a5a00' }, itemStyle: { color: '#8a5a00' },
      });
    }
    if (data.baseline !== null) {
      series[0].markLine = {
        symbol: 'none', label: { position: 'insideStartTop', formatter: data.labels.baseline + ': ' + format.format(data.baseline), color: '#1a1a1a' },
        lineStyle: { type: 'dotted', color: '#4d4d4d' }, data: [{ yAxis: data.baseline }],
      };
    }
    chart.setOption({
      animation: false,
      grid: { left: 56, right: 24, top: 48, bottom: 40 },
      legend: { top: 0, textStyle: { color: '#1a1a1a' } },
      tooltip: { trigger: 'axis', valueFormatter: function (v) { return v === null || v === undefined ? '—' : format.format(v) + ' ' + data.unit; } },
      xAxis: { type: 'category', data: data.categories, axisLabel: { color: '#1a1a1a' } },
      yAxis: { type: 'value', name: data.unit, nameTextStyle: { color: '#1a1a1a' }, axisLabel: { color: '#1a1a1a', formatter: function (v) { return format.format(v); } } },
      series: series,
    });
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
