// Alarms: every alarm with priority, state, value and time; acknowledge, shelve (with a duration) and unshelve;
// the recent alarm events of this session. Flood and chatter banners are the shell's (on every page).
import { api, el, num, time } from '../core.js';
import { ACTIVE, UNACKED, PRIORITIES } from '../alarms.js';

const SHELVE = [['15 min', 900], ['1 h', 3600], ['4 h', 14400], ['8 h', 28800], ['24 h', 86400]];

function condition(c) {
  if (!c) return '';
  if ('limit' in c) return `${c.kind} ${c.limit}`;
  if (c.kind === 'DISCRETE') return `in {${c.activeValues.join(', ')}}`;
  if (c.kind === 'STALE') return `stale ${c.staleSeconds} s`;
  if (c.kind === 'RATE') return `rate ${c.unitsPerMinute}/min`;
  return c.kind;
}

export function mount(main, app, scope) {
  const body = el('tbody', {id: 'alarm-rows'});
  const recent = el('tbody', {id: 'alarm-events'});
  const summary = el('p', {class: 'note', id: 'alarm-summary'});
  const control = app.session.canControl();
  main.append(el('h1', {}, 'Alarms'), summary,
    el('div', {class: 'panel'}, el('table', {}, el('thead', {}, el('tr', {},
      ...['priority', 'alarm', 'state', 'condition', 'value', 'time', 'shelved until', control ? 'actions' : null]
        .filter(Boolean).map(h => el('th', {}, h)))), body)),
    el('h2', {}, 'Recent events'),
    el('div', {class: 'panel'}, el('table', {}, el('thead', {}, el('tr', {},
      ...['time', 'alarm', 'event', 'cause', 'value', 'by'].map(h => el('th', {}, h)))), recent)));

  async function act(id, action, payload) {
    await app.run(scope, async () => {
      await api(`/api/alarms/${encodeURIComponent(id)}/${action}`, {method: 'POST', body: payload ?? {}});
      app.toast(`${id}: ${action} done`);
      await app.alarms.reload();
    });
  }

  function actions(a) {
    const td = el('td', {class: 'actions'});
    if (UNACKED.has(a.state) || a.state === 'LATCHED') {
      td.append(el('button', {type: 'button', class: 'primary', 'data-action': 'acknowledge',
        onclick: () => act(a.id, 'acknowledge')}, 'Acknowledge'));
    }
    if (a.state === 'SHELVED') {
      td.append(el('button', {type: 'button', 'data-action': 'unshelve', onclick: () => act(a.id, 'unshelve')},
        'Unshelve'));
    } else {
      const pick = el('select', {'data-action': 'shelve-duration'},
        ...SHELVE.map(([label, s]) => el('option', {value: s}, label)));
      td.append(' ', pick, el('button', {type: 'button', 'data-action': 'shelve',
        onclick: () => act(a.id, 'shelve', {durationS: Number(pick.value)})}, 'Shelve'));
    }
    return td;
  }

  function render(model) {
    const rows = model.list.alarms.slice().sort((a, b) =>
      (ACTIVE.has(b.state) - ACTIVE.has(a.state)) || PRIORITIES.indexOf(a.priority) - PRIORITIES.indexOf(b.priority)
      || a.id.localeCompare(b.id));
    const active = rows.filter(a => ACTIVE.has(a.state)).length;
    summary.textContent = `${rows.length} alarms configured, ${active} active, `
      + `${rows.filter(a => UNACKED.has(a.state)).length} unacknowledged, `
      + `${rows.filter(a => a.state === 'SHELVED').length} shelved.`;
    body.replaceChildren(...rows.map(a => el('tr', {'data-alarm': a.id, 'data-state': a.state,
      class: [ACTIVE.has(a.state) ? 'active' : '', UNACKED.has(a.state) ? 'unack' : ''].join(' ').trim()},
      el('td', {class: 'prio ' + a.priority}, a.priority),
      el('td', {}, a.id, a.chattering ? ' (chattering)' : ''),
      el('td', {class: 'state ' + a.state}, a.state),
      el('td', {}, `${a.series.name} ${condition(a.condition)}`),
      el('td', {class: 'num'}, num(a.lastValue) + (a.series.tags?.unit ? ' ' + a.series.tags.unit : '')),
      el('td', {}, time(a.lastTime)),
      el('td', {}, a.shelvedUntil ? time(a.shelvedUntil) : ''),
      control ? actions(a) : null)));
    if (!rows.length) body.append(el('tr', {}, el('td', {colspan: 8, class: 'note'}, 'No alarms are configured.')));
    recent.replaceChildren(...model.recent.newestFirst().map(e => el('tr', {},
      el('td', {}, time(e.time)), el('td', {}, e.alarm || ''),
      el('td', {}, e.type === 'transition' ? `${e.from} → ${e.to}` : e.type + (e.event ? ' ' + e.event : '')),
      el('td', {}, e.cause || ''), el('td', {class: 'num'}, e.value === undefined ? '' : num(Number(e.value))),
      el('td', {}, e.who || ''))));
  }

  scope.add(app.alarms.on(render));
  scope.every(5000, () => app.alarms.reload()); // values and times move with the twin
  render(app.alarms);
  app.run(scope, () => app.alarms.reload());
}
