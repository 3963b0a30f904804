// Control (Operators): CDU supply setpoint within the Redfish Control's AllowableMin/Max, CDU and pump modes, the
// primary valve; every write is confirmed first. The audit trail below shows who changed what. A ReadOnly user sees
// the values only (the API refuses their writes anyway).
import { api, el, num, time } from '../core.js';

export function mount(main, app, scope) {
  const control = app.session.canControl();
  const cdus = el('div', {class: 'controls', id: 'cdu-controls'});
  const pumps = el('tbody', {id: 'pump-rows'});
  const setpoints = el('tbody', {id: 'setpoint-rows'});
  const audit = el('tbody', {id: 'audit-rows'});
  main.append(el('h1', {}, 'Control'));
  if (!control) {
    // (Node.append would print a null child as the text "null")
    main.append(el('p', {class: 'note', id: 'readonly-note'}, 'Your account is read-only: the plant is shown, not changed.'));
  }
  main.append(cdus,
    el('h2', {}, 'Setpoints'), el('div', {class: 'panel'}, el('table', {}, el('thead', {}, el('tr', {},
      ...['target', 'setpoint', control ? 'change' : null].filter(Boolean).map(h => el('th', {}, h)))), setpoints)),
    el('h2', {}, 'Pumps'), el('div', {class: 'panel'}, el('table', {}, el('thead', {}, el('tr', {},
      ...['pump', 'available', 'running', control ? 'mode' : null].filter(Boolean).map(h => el('th', {}, h)))), pumps)),
    el('h2', {}, 'Audit trail'), el('div', {class: 'panel'}, el('table', {}, el('thead', {}, el('tr', {},
      ...['wall time', 'twin time', 'user', 'via', 'command', 'target', 'requested', 'before → after', 'outcome']
        .map(h => el('th', {}, h)))), audit)));

  async function write(question, path, body) {
    if (!await app.confirm(question)) return;
    await app.run(scope, async () => {
      await api(path, {method: 'POST', body});
      app.toast('Done: ' + question.replace(/\?$/, ''));
    });
    await app.run(scope, refresh);
  }

  function cduCard(c, ctl) {
    const card = el('div', {class: 'panel', 'data-cdu': c.id}, el('h2', {}, 'CDU ' + c.id));
    const min = ctl?.AllowableMin, max = ctl?.AllowableMax;
    card.append(el('div', {class: 'row'}, 'Secondary supply setpoint: ',
      el('strong', {class: 'setpoint', 'data-setpoint': c.id}, num(ctl?.SetPoint, 2) + ' °C'),
      el('span', {class: 'note'}, ` allowed ${num(min, 2)}–${num(max, 2)} °C, reading ${num(ctl?.Sensor?.Reading, 2)} °C`)));
    if (control) {
      const input = el('input', {type: 'number', step: '0.1', min, max, value: ctl?.SetPoint, 'data-input': 'setpoint',
        size: 6});
      card.append(el('div', {class: 'row'}, input, ' °C ',
        el('button', {type: 'button', class: 'primary', 'data-action': 'setpoint', onclick: () => {
          const v = Number(input.value);
          if (!(v >= min && v <= max)) { app.toast(`The setpoint must be within ${min}–${max} °C.`, true); return; }
          write(`Set CDU ${c.id} secondary supply setpoint to ${v} °C?`, '/api/control/setpoint',
            {target: c.id, setpointC: v});
        }}, 'Apply setpoint')));
    }
    card.append(el('div', {class: 'row'}, 'Mode: ', el('strong', {}, c.inService ? 'Enabled' : 'Disabled'),
      control ? el('button', {type: 'button', 'data-action': 'cdu-mode', class: c.inService ? 'danger' : '',
        onclick: () => write(`${c.inService ? 'Disable' : 'Enable'} CDU ${c.id}?`, '/api/control/cdu-mode',
          {cdu: c.id, mode: c.inService ? 'Disabled' : 'Enabled'})}, c.inService ? 'Disable' : 'Enable') : null));
    const valve = el('input', {type: 'number', min: 0, max: 100, step: 1, size: 5,
      value: Math.round(c.valveOpeningPercent ?? 0), 'data-input': 'valve'});
    card.append(el('div', {class: 'row'}, 'Primary valve: ', el('strong', {}, num(c.valveOpeningPercent, 1) + ' %'),
      c.valveStuck ? ' (manual)' : ' (automatic)',
      control ? el('span', {}, ' ', valve, ' % ',
        el('button', {type: 'button', 'data-action': 'valve-manual', onclick: () => write(
          `Hold CDU ${c.id} primary valve at ${Number(valve.value)} % open (manual)?`, '/api/control/valve',
          {cdu: c.id, percentOpen: Number(valve.value)})}, 'Manual'),
        el('button', {type: 'button', 'data-action': 'valve-auto', onclick: () => write(
          `Return CDU ${c.id} primary valve to automatic?`, '/api/control/valve', {cdu: c.id, percentOpen: null})},
        'Automatic')) : null));
    return card;
  }

  function json(v) {
    return v === null || v === undefined ? '' : typeof v === 'object' ? JSON.stringify(v) : String(v);
  }

  async function refresh() {
    await app.ready;
    const plantName = encodeURIComponent(app.plant.name);
    const [d, log] = await Promise.all([api(`/api/plants/${plantName}`, {signal: scope.signal}),
      api('/api/audit?limit=50', {signal: scope.signal})]);
    const ctls = await Promise.all(d.cdus.map(c => api(
      `/redfish/v1/Chassis/${encodeURIComponent(c.id)}/Controls/SecondarySupplyTemperature`, {signal: scope.signal})
      .catch(() => null)));
    if (scope.disposed) return;
    cdus.replaceChildren(...d.cdus.map((c, i) => cduCard(c, ctls[i])));
    const cduIds = new Set(d.cdus.map(c => c.id));
    setpoints.replaceChildren(...d.setpoints.map(s => {
      const input = el('input', {type: 'number', step: '0.1', value: s.setpointC, size: 6});
      return el('tr', {'data-target': s.target}, el('td', {}, s.target + (cduIds.has(s.target) ? ' (CDU)' : '')),
        el('td', {class: 'num'}, num(s.setpointC, 2) + ' °C'),
        control ? el('td', {}, input, el('button', {type: 'button', 'data-action': 'setpoint-target', onclick: () =>
          write(`Set ${s.target} setpoint to ${Number(input.value)} °C?`, '/api/control/setpoint',
            {target: s.target, setpointC: Number(input.value)})}, 'Apply')) : null);
    }));
    pumps.replaceChildren(...d.pumps.map(p => el('tr', {'data-pump': p.id}, el('td', {}, p.id),
      el('td', {}, p.available ? 'yes' : 'no'), el('td', {}, p.running ? 'yes' : 'no'),
      control ? el('td', {}, el('button', {type: 'button', 'data-action': 'pump-mode',
        onclick: () => write(`${p.available ? 'Disable' : 'Enable'} pump ${p.id}?`, '/api/control/pump-mode',
          {pump: p.id, mode: p.available ? 'Disabled' : 'Enabled'})}, p.available ? 'Disable' : 'Enable')) : null)));
    audit.replaceChildren(...log.slice().reverse().map(r => el('tr', {'data-audit': r.id, 'data-outcome': r.outcome},
      el('td', {}, time(r.wallTime)), el('td', {}, time(r.twinTime)), el('td', {}, `${r.user} (${r.role})`),
      el('td', {}, r.via), el('td', {}, r.command), el('td', {}, r.target), el('td', {}, json(r.requested)),
      el('td', {}, `${json(r.before)} → ${json(r.after)}`), el('td', {}, r.outcome + (r.detail ? ': ' + r.detail : '')))));
    if (!log.length) audit.append(el('tr', {}, el('td', {colspan: 9, class: 'note'}, 'No commands yet.')));
  }

  const editing = () => document.querySelector('dialog[open]') || document.activeElement?.tagName === 'INPUT';
  scope.every(10_000, () => { if (!editing()) app.run(scope, refresh); });
  app.run(scope, refresh);
}
