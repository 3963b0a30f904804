// Trends: pick stored series, a time range (last 1 h / 24 h / 30 d or custom), zoom by dragging, pan with the
// arrows; the server downsamples to about one bucket per pixel.
import { api, el, seriesQuery, stepFor, time } from '../core.js';
import { trendChart } from '../charts.js';

const MAX_SERIES = 8;
const RANGES = {'1h': 3600, '24h': 86400, '30d': 30 * 86400};
const DEFAULT = ['plant.it_power', 'plant.facility_power'];

export function mount(main, app, scope) {
  const filter = el('input', {id: 'series-filter', placeholder: 'filter series', type: 'search'});
  const list = el('div', {class: 'series-list', id: 'series-list'});
  const chartBox = el('div', {id: 'trend-chart'});
  const info = el('p', {class: 'note', id: 'trend-info'});
  const fromIn = el('input', {type: 'datetime-local', id: 'range-from', step: 1});
  const toIn = el('input', {type: 'datetime-local', id: 'range-to', step: 1});
  const buttons = {};
  const toolbar = el('div', {class: 'toolbar'});
  for (const r of Object.keys(RANGES)) {
    buttons[r] = el('button', {type: 'button', 'data-range': r, onclick: () => setRelative(r)}, 'last ' + r);
    toolbar.append(buttons[r]);
  }
  toolbar.append(el('span', {class: 'note'}, 'custom (UTC):'), fromIn, toIn,
    el('button', {type: 'button', id: 'range-apply', onclick: applyCustom}, 'show'),
    el('button', {type: 'button', id: 'pan-left', title: 'earlier', onclick: () => pan(-0.5)}, '◀'),
    el('button', {type: 'button', id: 'pan-right', title: 'later', onclick: () => pan(0.5)}, '▶'));
  main.append(el('h1', {}, 'Trends'), el('div', {class: 'trends'},
    el('div', {class: 'panel'}, filter, list),
    el('div', {class: 'panel'}, toolbar, chartBox, info,
      el('p', {class: 'note'}, 'Drag across the chart to zoom; double-click to zoom out; ◀ ▶ pan.'))));

  const chosen = new Set();
  let keys = [];
  let view = {relative: '1h', fromMs: 0, toMs: 0};
  let chart = null;
  let chartKeys = '';
  let loading = 0;
  let quiet = false; // scale changes made by setData, not by the user

  function nowMs() {
    const s = app.stream.last;
    return s ? Date.parse(s.twinTime) + 1 : Date.now();
  }

  function setRelative(r) {
    view = {relative: r, fromMs: 0, toMs: 0};
    load();
  }

  function applyCustom() {
    const f = Date.parse(fromIn.value + 'Z'), t = Date.parse(toIn.value + 'Z');
    if (!(f < t)) { app.toast('Pick a start before the end.', true); return; }
    view = {relative: null, fromMs: f, toMs: t};
    load();
  }

  function span() {
    if (view.relative) { const to = nowMs(); return [to - RANGES[view.relative] * 1000, to]; }
    return [view.fromMs, view.toMs];
  }

  function pan(fraction) {
    const [f, t] = span();
    const d = (t - f) * fraction;
    view = {relative: null, fromMs: f + d, toMs: t + d};
    load();
  }

  function onScale(u, key) {
    if (key !== 'x' || quiet) return;
    const {min, max} = u.scales.x;
    if (min === null || max === null) return;
    view = {relative: null, fromMs: Math.floor(min * 1000), toMs: Math.ceil(max * 1000)};
    scope.later(0, load);
  }

  function ensureChart(selectedKeys) {
    const id = selectedKeys.map(k => k.id).join('|');
    if (chart && id === chartKeys) return;
    if (chart) { chart.destroy(); chart = null; }
    chartKeys = id;
    chartBox.replaceChildren();
    if (!selectedKeys.length) return;
    const width = Math.max(400, chartBox.clientWidth || 900);
    chart = trendChart(chartBox, selectedKeys, width, 420, {setScale: [onScale]});
  }

  async function load() {
    for (const [r, b] of Object.entries(buttons)) b.classList.toggle('on', view.relative === r);
    const selectedKeys = keys.filter(k => chosen.has(k.id));
    ensureChart(selectedKeys);
    if (!chart) { info.textContent = 'Pick up to ' + MAX_SERIES + ' series.'; return; }
    const [from, to] = span();
    fromIn.value = new Date(from).toISOString().slice(0, 19);
    toIn.value = new Date(to).toISOString().slice(0, 19);
    const step = stepFor((to - from) / 1000, chart.bbox.width / devicePixelRatio);
    const ticket = ++loading;
    const answers = await app.run(scope, () => Promise.all(selectedKeys.map(k =>
      api(`/api/telemetry/range?${seriesQuery(k)}&from=${Math.floor(from)}&to=${Math.ceil(to)}&step=${step}s`,
        {signal: scope.signal}))));
    if (!answers || ticket !== loading || scope.disposed) return;
    const xs = new Set();
    const maps = answers.map(a => {
      const m = new Map();
      for (const b of a.buckets) { const x = Date.parse(b.time) / 1000; xs.add(x); m.set(x, b.mean ?? null); }
      return m;
    });
    const x = [...xs].sort((a, b) => a - b);
    quiet = true;
    chart.setData([x, ...maps.map(m => x.map(t => m.has(t) ? m.get(t) : null))], false);
    chart.setScale('x', {min: from / 1000, max: to / 1000});
    quiet = false;
    info.textContent = `${time(from)} → ${time(to)} · step ${step} s · ${x.length} buckets`;
  }

  function renderList() {
    const q = filter.value.trim().toLowerCase();
    list.replaceChildren(...keys.filter(k => !q || k.name.toLowerCase().includes(q)).map(k => {
      const box = el('input', {type: 'checkbox', 'data-series': k.name, checked: chosen.has(k.id)});
      box.addEventListener('change', () => {
        if (box.checked && chosen.size >= MAX_SERIES) { box.checked = false; app.toast(`At most ${MAX_SERIES} series.`, true); return; }
        if (box.checked) chosen.add(k.id); else chosen.delete(k.id);
        load();
      });
      return el('label', {}, box, ' ', k.name, k.tags?.unit ? ` (${k.tags.unit})` : '');
    }));
  }

  scope.listen(filter, 'input', renderList);
  scope.add(() => { if (chart) chart.destroy(); chart = null; });
  scope.every(10_000, () => { if (view.relative) load(); });
  app.run(scope, async () => {
    await app.ready;
    const index = await app.series();
    keys = [...index.values()].sort((a, b) => a.name.localeCompare(b.name));
    for (const k of keys) if (DEFAULT.includes(k.name)) chosen.add(k.id);
    renderList();
    await load();
  });
}
