// KPIs: now from the snapshot; PUE (and WUE where the plant has a water-use channel) over the last 24 h and 30 days
// from the stored power series, energy-weighted: Σ facility energy ÷ Σ IT energy over the same buckets (never a mean
// of ratios).
import { api, el, num, seriesQuery, stepFor } from '../core.js';
import { sparkline } from '../charts.js';

const PERIODS = [['24 h', 86400], ['30 days', 30 * 86400]];

/**
 * Energy per bucket ∝ mean power × the time the bucket's samples cover, i.e. × its sample count (the twin samples at a
 * fixed rate; a partly filled bucket, such as the newest, weighs what it covers, not a whole step). The PUE of the
 * period is the ratio of the sums.
 */
export function energyWeightedPue(facilityBuckets, itBuckets) {
  const it = new Map(itBuckets.filter(b => b.mean !== null && b.mean !== undefined).map(b => [b.time, b]));
  let f = 0, i = 0, samples = 0;
  for (const b of facilityBuckets) {
    const d = it.get(b.time);
    if (b.mean === null || b.mean === undefined || !d) continue;
    const n = Math.min(b.count ?? 1, d.count ?? 1);
    f += b.mean * n; i += d.mean * n; samples += n;
  }
  return {pue: i > 0 ? f / i : null, samples};
}

export function mount(main, app, scope) {
  const cards = el('div', {class: 'cards', id: 'kpi-cards'});
  const periods = el('div', {class: 'cards', id: 'kpi-periods'});
  const chartBox = el('div', {id: 'pue-chart'});
  main.append(el('h1', {}, 'KPIs'), cards, el('h2', {}, 'Over time (energy-weighted)'), periods,
    el('h2', {}, 'PUE over the last 24 h (per bucket)'), el('div', {class: 'panel'}, chartBox));
  const values = new Map();

  function card(parent, id, label) {
    const v = el('div', {class: 'v', 'data-kpi': id}, '—');
    const s = el('div', {class: 's'});
    parent.append(el('div', {class: 'card'}, el('div', {class: 'k'}, label), v, s));
    values.set(id, {v, s});
  }
  function set(id, value, sub) {
    const c = values.get(id);
    if (c.v.textContent !== value) c.v.textContent = value;
    if (sub !== undefined && c.s.textContent !== sub) c.s.textContent = sub;
  }

  card(cards, 'pue', 'PUE now');
  card(cards, 'it', 'IT load');
  card(cards, 'facility', 'Facility power');
  card(cards, 'heat', 'Heat rejected');
  card(cards, 'cooling', 'Cooling power');
  card(cards, 'drybulb', 'Outdoor dry bulb');
  card(cards, 'wetbulb', 'Outdoor wet bulb');
  card(cards, 'chf', 'CHF headroom (worst tank)');
  card(cards, 'chillerfree', 'Chiller-free');
  card(cards, 'wue', 'WUE now');
  for (const [label] of PERIODS) card(periods, 'pue-' + label, 'PUE, last ' + label);
  for (const [label] of PERIODS) card(periods, 'wue-' + label, 'WUE, last ' + label);

  let water = null; // the water-use channel, if the plant has one

  function paint(snap) {
    const k = snap.kpis;
    set('pue', num(k.pue, 3));
    set('it', num(k.itPowerKw, 0) + ' kW');
    set('facility', num(k.facilityPowerKw, 0) + ' kW');
    set('heat', num(k.heatRejectedKw, 0) + ' kW');
    set('cooling', num(k.coolingPowerKw, 1) + ' kW');
    set('drybulb', num(k.dryBulbC, 1) + ' °C');
    set('wetbulb', num(k.wetBulbC, 1) + ' °C');
    set('chillerfree', k.chillerRunning ? 'no' : 'yes', k.chillerRunning ? 'a chiller is running' : 'no chiller running');
    const chf = Object.entries(snap.readings).filter(([n]) => n.endsWith('.max_chf_margin'));
    if (chf.length) {
      const [worst, r] = chf.reduce((a, b) => (b[1].value > a[1].value ? b : a));
      set('chf', num((1 - r.value) * 100, 1) + ' %', `${worst.split('.')[0]}: q″/q″CHF = ${num(r.value, 3)}`);
    } else {
      set('chf', 'n/a', 'no two-phase tanks');
    }
    const w = water && snap.readings[water];
    if (w && k.itPowerKw > 0) {
      const lPerH = w.unit === 'L/min' ? w.value * 60 : w.unit === 'L/h' ? w.value : null;
      set('wue', lPerH === null ? 'n/a' : num(lPerH / k.itPowerKw, 3) + ' L/kWh', water);
    } else if (!water) {
      set('wue', 'n/a', 'the plant has no water-use channel');
    }
  }

  let chart = null;
  async function periodsLoad() {
    const index = await app.series();
    const fac = index.get('plant.facility_power'), it = index.get('plant.it_power');
    const wKey = water ? index.get(water) : null;
    const to = app.stream.last ? Date.parse(app.stream.last.twinTime) + 1 : Date.now();
    for (const [label, rangeS] of PERIODS) {
      if (!fac || !it) { set('pue-' + label, 'n/a', 'no stored power series'); continue; }
      const step = stepFor(rangeS, 300);
      const q = `&from=${to - rangeS * 1000}&to=${to}&step=${step}s`;
      const [f, i, w] = await Promise.all([api(`/api/telemetry/range?${seriesQuery(fac)}${q}`, {signal: scope.signal}),
        api(`/api/telemetry/range?${seriesQuery(it)}${q}`, {signal: scope.signal}),
        wKey ? api(`/api/telemetry/range?${seriesQuery(wKey)}${q}`, {signal: scope.signal}) : null]);
      const r = energyWeightedPue(f.buckets, i.buckets);
      set('pue-' + label, num(r.pue, 3), `from ${r.samples} samples in ${step} s buckets`);
      if (w && r.samples > 0) {
        // water (L/min or L/h) and IT power (kW) sampled alike: WUE = Σ water rate ÷ Σ IT power, in L/kWh
        const perMin = wKey.tags?.unit === 'L/min';
        const itMeans = new Map(i.buckets.map(b => [b.time, b.mean]));
        let waterLph = 0, itKw = 0;
        for (const b of w.buckets) {
          const p = itMeans.get(b.time);
          if (b.mean === null || b.mean === undefined || !(p > 0)) continue;
          waterLph += b.mean * (perMin ? 60 : 1) * (b.count ?? 1); itKw += p * (b.count ?? 1);
        }
        set('wue-' + label, itKw > 0 ? num(waterLph / itKw, 3) + ' L/kWh' : 'n/a', 'water-use rate ÷ IT power');
      } else {
        set('wue-' + label, 'n/a', water ? 'no IT energy yet' : 'no water-use channel');
      }
      if (label === '24 h') {
        const itMap = new Map(i.buckets.map(b => [b.time, b.mean]));
        const xs = [], ys = [];
        for (const b of f.buckets) {
          const d = itMap.get(b.time);
          if (d > 0 && b.mean !== null) { xs.push(Date.parse(b.time) / 1000); ys.push(b.mean / d); }
        }
        if (!chart) chart = sparkline(chartBox, 'PUE', Math.max(400, chartBox.clientWidth || 800), 200);
        chart.setData([xs, ys]);
        // the whole 24 h window, however little of it has data (uPlot would otherwise stretch one point over years)
        chart.setScale('x', {min: (to - rangeS * 1000) / 1000, max: to / 1000});
      }
    }
  }

  scope.add(app.stream.on('snapshot', paint));
  scope.add(() => { if (chart) chart.destroy(); chart = null; });
  scope.every(60_000, () => app.run(scope, periodsLoad));
  app.run(scope, async () => {
    await app.ready;
    const index = await app.series();
    water = [...index.keys()].find(n => /water/i.test(n)) || null;
    if (app.stream.last) paint(app.stream.last);
    await periodsLoad();
  });
}
