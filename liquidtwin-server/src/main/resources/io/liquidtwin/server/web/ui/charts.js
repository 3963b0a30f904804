// uPlot helpers. uPlot is loaded as a classic script (window.uPlot) from the webjar.

const AXIS = {stroke: '#8fa3b8', grid: {stroke: '#2a3847', width: 1}, ticks: {stroke: '#2a3847'}};
export const COLOURS = ['#3aa0ff', '#ff9f1a', '#3ccf7a', '#f5d90a', '#c77dff', '#ff4d4f', '#4fc3f7', '#e0e0e0'];

/** A small trend of one series (x in s since the epoch), created once and refreshed with setData. */
export function sparkline(parent, label, width = 380, height = 90) {
  return new window.uPlot({
    width, height, legend: {show: false}, cursor: {show: true, drag: {x: false, y: false}},
    scales: {x: {time: true}},
    axes: [{...AXIS, size: 24, font: '10px sans-serif'}, {...AXIS, size: 44, font: '10px sans-serif'}],
    series: [{}, {label, stroke: COLOURS[0], width: 1.5, points: {show: false}}],
  }, [[], []], parent);
}

/** A trend chart of several series; y scales by unit (first two units get an axis). */
export function trendChart(parent, keys, width, height, hooks) {
  const units = [...new Set(keys.map(k => k.tags?.unit || ''))];
  const series = [{}];
  keys.forEach((k, i) => series.push({label: k.name + (k.tags?.unit ? ` (${k.tags.unit})` : ''),
    scale: 'u:' + (k.tags?.unit || ''), stroke: COLOURS[i % COLOURS.length], width: 1.5, spanGaps: false,
    points: {show: false}}));
  const axes = [{...AXIS}];
  units.slice(0, 2).forEach((u, i) => axes.push({...AXIS, scale: 'u:' + u, side: i === 0 ? 3 : 1, label: u,
    grid: {...AXIS.grid, show: i === 0}}));
  const scales = {x: {time: true}};
  for (const u of units) scales['u:' + u] = {auto: true};
  return new window.uPlot({width, height, series, axes, scales, hooks,
    cursor: {drag: {x: true, y: false, setScale: true}}}, [[], ...keys.map(() => [])], parent);
}
