// Studies: start a design study on a scenario of examples/studies, follow its progress, open its report.
// There is no listing endpoint for scenarios: the field suggests the known examples and takes any file name.
import { api, el, time } from '../core.js';

const KNOWN = ['qingdao-year.yaml', 'qingdao-setpoint-sweep.yaml'];

export function mount(main, app, scope) {
  const rows = el('tbody', {id: 'study-rows'});
  const control = app.session.canControl();
  const scenario = el('input', {id: 'scenario', list: 'scenarios', value: KNOWN[0], size: 32});
  const start = el('form', {class: 'row panel', id: 'study-form'},
    el('label', {}, 'Scenario (in examples/studies) ', scenario),
    el('datalist', {id: 'scenarios'}, ...KNOWN.map(k => el('option', {value: k}))),
    el('button', {type: 'submit', class: 'primary', id: 'study-start'}, 'Start study'));
  main.append(el('h1', {}, 'Studies'), control ? start : el('p', {class: 'note'}, 'Starting a study needs an Operator.'),
    el('h2', {}, 'Submitted'),
    el('div', {class: 'panel'}, el('table', {}, el('thead', {}, el('tr', {},
      ...['id', 'scenario', 'state', 'progress', 'submitted', 'by', 'finished', ''].map(h => el('th', {}, h)))), rows)));

  let busy = false;
  async function refresh() {
    const r = await api('/api/studies', {signal: scope.signal});
    busy = r.studies.some(s => s.state === 'queued' || s.state === 'running');
    rows.replaceChildren(...r.studies.slice().reverse().map(s => el('tr', {'data-study': s.id, 'data-state': s.state},
      el('td', {}, s.id), el('td', {}, s.scenario), el('td', {}, s.state + (s.error ? ': ' + s.error : '')),
      el('td', {}, el('div', {class: 'progress', title: Math.round(s.progress * 100) + ' %'},
        el('div', {style: `width:${Math.round(s.progress * 100)}%`}))),
      el('td', {}, time(s.submitted)), el('td', {}, s.submittedBy), el('td', {}, time(s.finished)),
      el('td', {}, s.report ? el('button', {type: 'button', 'data-action': 'report',
        onclick: () => openReport(s.report)}, 'Open report') : ''))));
    if (!r.studies.length) rows.append(el('tr', {}, el('td', {colspan: 8, class: 'note'}, 'No studies yet.')));
  }

  /** The report route needs the session token: fetch it, then show it from an object URL in a new tab. */
  function openReport(path) {
    const w = window.open('', '_blank');
    app.run(scope, async () => {
      const blob = await api(path, {as: 'blob'});
      const url = URL.createObjectURL(new Blob([blob], {type: 'text/html'}));
      if (w) w.location = url; else location.assign(url);
      setTimeout(() => URL.revokeObjectURL(url), 60_000);
    });
  }

  start.addEventListener('submit', ev => {
    ev.preventDefault();
    app.run(scope, async () => {
      const r = await api('/api/studies', {method: 'POST', body: {scenario: scenario.value.trim()}});
      app.toast(`Study ${r.id} submitted`);
      await refresh();
    });
  });
  let tick = 0;
  scope.every(2000, () => { tick++; if (busy || tick % 8 === 0) app.run(scope, refresh); });
  app.run(scope, refresh);
}
