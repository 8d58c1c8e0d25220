import * as echarts from 'echarts';
const chart = echarts.init(null, null, { renderer: 'svg', ssr: true, width: 500, height: 250 });
chart.setOption({ animation: false, legend: {}, xAxis: { type: 'category', data: ['a','b'] }, yAxis: { type: 'value' }, series: [{ name:'x', type: 'bar', data: [1,2], label: {show:true} }] });
const s = chart.renderToSVGString();
console.log(s.match(/<style[\s\S]*?<\/style>/g));
console.log([...new Set((s.match(/style="[^"]*"/g) || []))]);
