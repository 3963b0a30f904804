// Plant: the schematic from GET /api/schematic with live values and alarm colours; a unit's details and trends.
import { api, el, num, Ring, seriesQuery, stepFor, withUnit, ApiError } from '../core.js';
import { sparkline } from '../charts.js';
import { ACTIVE, UNACKED, PRIORITIES, AlarmModel } from '../alarms.js';

const SPARKS = 4;          // trends in the details panel, reused for every unit
const LIVE_POINTS = 720;   // per trend: an hour at one snapshot per 5 s, then the oldest goes

export function mount(main, app, scope) {
  const box = el('div', {id: 'schematic'}, el('p', {class: 'note'}, 'Loading the schematic…'));
  const title = el('h2', {id: 'unit-title'}, 'Select a unit');
  const readings = el('tbody');
  const sparkBoxes = [];
  const sparks = [];
  const rings = [];
  const details = el('div', {id: 'unit-details', class: 'panel'}, title,
    el('table', {class: 'readings'}, el('thead', {}, el('tr', {}, el('th', {}, 'channel'), el('th', {}, 'value'))),
      readings));
  for (let i = 0; i < SPARKS; i++) {
    const label = el('div', {class: 'label'});
    const holder = el('div');
    const b = el('div', {class: 'spark', hidden: true}, label, holder);
    details.append(b);
    sparkBoxes.push({box: b, label, holder});
    rings.push(new Ring(LIVE_POINTS));
  }
  main.append(el('h1', {}, 'Plant'), el('div', {class: 'plant'}, box, details));

  const slots = new Map();   // channel -> [text elements]
  const units = new Map();   // unit id -> g.unit
  let selected = null;       // {id, channels: [names], sparkChannels: [names]}
  let rows = new Map();      // channel -> td (details)
  let generation = 0;

  /** A slot's value: its channel's reading, or for a group the max/sum over its members' (data-agg, data-channels). */
  function slotValue(t, snap) {
    const channels = t.dataset.channels ? t.dataset.channels.split(' ') : [t.dataset.channel];
    const values = channels.map(c => snap.readings[c]?.value).filter(Number.isFinite);
    if (!values.length) return null;
    if (t.dataset.agg === 'sum') return values.reduce((a, b) => a + b, 0);
    if (t.dataset.agg === 'max') return Math.max(...values);
    return values[0];
  }

  function paintValues(snap) {
    for (const texts of slots.values()) {
      for (const t of texts) {
        const v = slotValue(t, snap);
        // the schematic draws each slot's unit beside it: the slot holds the number only
        const s = v === null ? '—' : num(v);
        if (t.textContent !== s) t.textContent = s;
      }
    }
    if (selected) {
      for (const [ch, td] of rows) {
        const r = snap.readings[ch];
        const s = r ? withUnit(r.value, r.unit) : '—';
        if (td.textContent !== s) td.textContent = s;
      }
      const x = Date.parse(snap.twinTime) / 1000;
      selected.sparkChannels.forEach((ch, i) => {
        const r = snap.readings[ch];
        if (r && r.value !== null && x > rings[i].lastX()) {
          rings[i].push(x, r.value);
          sparks[i]?.setData(rings[i].arrays());
        }
      });
    }
  }

  function paintAlarms(model) {
    const byUnit = new Map();
    for (const a of model.list.alarms) {
      if (!ACTIVE.has(a.state)) continue;
      const u = AlarmModel.unitOf(a);
      const cur = byUnit.get(u) || {rank: 99, unack: false};
      cur.rank = Math.min(cur.rank, PRIORITIES.indexOf(a.priority));
      cur.unack = cur.unack || UNACKED.has(a.state);
      byUnit.set(u, cur);
    }
    for (const [id, g] of units) {
      const st = byUnit.get(id);
      for (const p of PRIORITIES) g.classList.toggle('alarm-' + p.toLowerCase(), !!st && PRIORITIES[st.rank] === p);
      g.classList.toggle('alarm-unack', !!st && st.unack);
      g.dataset.alarm = st ? PRIORITIES[st.rank] : '';
    }
  }

  async function select(id, kind) {
    const gen = ++generation;
    for (const g of units.values()) g.classList.toggle('selected', g.dataset.unit === id);
    const snap = app.stream.last;
    const all = snap ? Object.keys(snap.readings).filter(ch => ch.startsWith(id + '.')) : [];
    const onSchematic = units.get(id) ? [...units.get(id).querySelectorAll('text.value[data-channel]')]
      .map(t => t.dataset.channel) : [];
    const sparkChannels = [...new Set([...onSchematic, ...all])].filter(ch => all.includes(ch)).slice(0, SPARKS);
    selected = {id, channels: all, sparkChannels};
    title.textContent = `${id}${kind ? ' (' + kind + ')' : ''}`;
    rows = new Map();
    readings.replaceChildren(...all.map(ch => {
      const td = el('td', {class: 'num', 'data-channel': ch});
      rows.set(ch, td);
      return el('tr', {}, el('td', {}, ch.slice(id.length + 1)), td);
    }));
    if (!all.length) readings.append(el('tr', {}, el('td', {colspan: 2, class: 'note'}, 'No readings for this unit.')));
    sparkBoxes.forEach((b, i) => { b.box.hidden = i >= sparkChannels.length; rings[i].clear(); });
    if (snap) paintValues(snap);
    const index = await app.series();
    const to = snap ? Date.parse(snap.twinTime) + 1 : Date.now();
    const from = to - 3600_000;
    const step = stepFor(3600, 300);
    await Promise.all(sparkChannels.map(async (ch, i) => {
      const b = sparkBoxes[i];
      const unit = snap?.readings[ch]?.unit;
      b.label.textContent = ch + (unit ? ` (${unit})` : '') + ' — last hour';
      if (!sparks[i]) sparks[i] = sparkline(b.holder, ch);
      const key = index.get(ch);
      if (!key) return;
      const r = await api(`/api/telemetry/range?${seriesQuery(key)}&from=${from}&to=${to}&step=${step}s`,
        {signal: scope.signal});
      if (gen !== generation) return;
      const live = rings[i].arrays();
      rings[i].clear();
      for (const bk of r.buckets) if (bk.mean !== null && bk.mean !== undefined) rings[i].push(Date.parse(bk.time) / 1000, bk.mean);
      for (let k = 0; k < live[0].length; k++) if (live[0][k] > rings[i].lastX()) rings[i].push(live[0][k], live[1][k]);
      sparks[i].setData(rings[i].arrays());
    }));
  }

  function fallback(reason) {
    const list = el('div', {class: 'unit-list'});
    const items = [...(app.plant?.loops || []).map(l => ({id: l.id, kind: l.kind + ' loop'})),
      ...(app.plant?.equipment || [])];
    for (const u of items) list.append(el('button', {type: 'button', 'data-unit': u.id,
      onclick: () => app.run(scope, () => select(u.id, u.kind))}, u.id));
    box.replaceChildren(el('p', {id: 'schematic-unavailable', class: 'note'},
      `Schematic unavailable (${reason}). Pick a unit:`), list);
  }

  scope.add(app.stream.on('snapshot', paintValues));
  scope.add(app.alarms.on(paintAlarms));
  scope.listen(box, 'click', ev => {
    const g = ev.target.closest?.('g.unit');
    if (g) app.run(scope, () => select(g.dataset.unit, g.dataset.kind));
  });
  scope.add(() => { sparks.forEach(s => s?.destroy()); sparks.length = 0; slots.clear(); units.clear(); });

  app.run(scope, async () => {
    await app.ready;
    let svgText;
    try {
      svgText = await api('/api/schematic', {as: 'text', signal: scope.signal});
    } catch (e) {
      if (e instanceof ApiError) { fallback(e.status === 404 ? 'the server has no /api/schematic' : e.message); return; }
      throw e;
    }
    if (scope.disposed) return;
    const doc = new DOMParser().parseFromString(svgText, 'image/svg+xml');
    const svg = doc.documentElement;
    if (svg.nodeName !== 'svg') { fallback('not an SVG document'); return; }
    svg.querySelectorAll('script, foreignObject').forEach(n => n.remove());
    const node = document.importNode(svg, true);
    box.replaceChildren(node);
    for (const g of node.querySelectorAll('g.unit[data-unit]')) units.set(g.dataset.unit, g);
    for (const t of node.querySelectorAll('text.value[data-channel]')) {
      if (!slots.has(t.dataset.channel)) slots.set(t.dataset.channel, []);
      slots.get(t.dataset.channel).push(t);
    }
    if (app.stream.last) paintValues(app.stream.last);
    paintAlarms(app.alarms);
  });
}


