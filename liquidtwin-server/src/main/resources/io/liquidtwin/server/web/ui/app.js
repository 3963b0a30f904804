// The dashboard shell: login, hash routes (#/plant, #/trends, …), the live stream, banners and the alarm badge.
import { api, ApiError, errorText, onUnauthorized, Scope, session, time, Unauthorized, el } from './core.js';
import { Stream } from './stream.js';
import { AlarmModel, UNACKED } from './alarms.js';
import * as plant from './pages/plant.js';
import * as trends from './pages/trends.js';
import * as alarms from './pages/alarms.js';
import * as kpis from './pages/kpis.js';
import * as studies from './pages/studies.js';
import * as control from './pages/control.js';

const PAGES = {plant, trends, alarms, kpis, studies, control};
const $ = id => document.getElementById(id);

const app = {
  stream: new Stream(),
  alarms: new AlarmModel(),
  plant: null,        // {name, equipment, loops}
  ready: null,        // a promise of the plant once the shell has loaded it
  seriesIndex: null,  // Map name -> series key
  session,
  api,
  confirm,
  toast,
  run,
  async series() {
    if (!this.seriesIndex) {
      const r = await api('/api/telemetry/series');
      this.seriesIndex = new Map(r.series.map(k => [k.name, k]));
    }
    return this.seriesIndex;
  },
};

let current = null; // {name, scope}
let shellScope = null;

/** Runs an async page action; ignores aborts and 401s (handled), shows other failures. */
async function run(scope, f) {
  try {
    return await f();
  } catch (e) {
    if (scope?.disposed || e instanceof Unauthorized || e.name === 'AbortError') return undefined;
    toast(e instanceof ApiError ? e.message : String(e.message || e), true);
    return undefined;
  }
}

function toast(message, isError = false) {
  const t = $('toast');
  t.textContent = message;
  t.className = isError ? 'error' : '';
  t.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { t.hidden = true; }, isError ? 8000 : 4000);
}

/** Asks in the page's dialog; resolves true on Confirm. */
function confirm(text) {
  const d = $('confirm');
  $('confirm-text').textContent = text;
  return new Promise(resolve => {
    d.addEventListener('close', () => resolve(d.returnValue === 'ok'), {once: true});
    d.returnValue = '';
    d.showModal();
  });
}

function showPage(name) {
  if (current) { current.scope.dispose(); current = null; }
  const main = $('page');
  main.replaceChildren();
  if (name === 'login') {
    $('top').hidden = true;
    loginPage(main);
    return;
  }
  const page = PAGES[name] ? name : 'plant';
  for (const a of document.querySelectorAll('#nav a')) a.classList.toggle('active', a.dataset.page === page);
  const scope = new Scope();
  current = {name: page, scope};
  main.dataset.page = page;
  PAGES[page].mount(main, app, scope);
}

function route() {
  const name = location.hash.replace(/^#\/?/, '') || 'plant';
  if (!session.get()) {
    showPage('login');
    return;
  }
  if (!shellScope) startShell();
  showPage(name === 'login' ? 'plant' : name);
}

function loginPage(main) {
  const user = el('input', {id: 'username', autocomplete: 'username', required: true});
  const pass = el('input', {id: 'password', type: 'password', autocomplete: 'current-password', required: true});
  const msg = el('p', {id: 'login-error', class: 'error'});
  const form = el('form', {class: 'login panel'},
    el('h1', {}, 'LiquidTwin'), el('label', {}, 'User', user), el('label', {}, 'Password', pass),
    el('button', {id: 'login', type: 'submit', class: 'primary'}, 'Log in'), msg);
  form.addEventListener('submit', async ev => {
    ev.preventDefault();
    msg.textContent = '';
    try {
      const r = await fetch('/redfish/v1/SessionService/Sessions', {method: 'POST',
        headers: {'Content-Type': 'application/json'},
        body: JSON.stringify({UserName: user.value, Password: pass.value})});
      if (!r.ok) { msg.textContent = await errorText(r); return; }
      const body = await r.json();
      session.set({token: r.headers.get('X-Auth-Token'), location: r.headers.get('Location'),
        user: body.UserName, roles: body.Roles || []});
      if (!location.hash || location.hash === '#/login') location.hash = '#/plant'; else route();
    } catch (e) {
      msg.textContent = String(e.message || e);
    }
  });
  main.append(form);
  user.focus();
}

function startShell() {
  const s = session.get();
  shellScope = new Scope();
  $('top').hidden = false;
  $('user').textContent = `${s.user} (${s.roles.join(', ')})`;
  document.body.classList.toggle('readonly', !session.canControl());
  shellScope.add(app.stream.on('state', st => { $('stream-state').className = 'dot ' + st; }));
  shellScope.add(app.stream.on('snapshot', snap => { $('twin-time').textContent = time(snap.twinTime); }));
  shellScope.add(app.alarms.on(renderAlarmChrome));
  const reopen = () => run(shellScope, async () => {
    await api('/api/plants'); // a 401 here ends the session
    app.stream.reopenLater(3000, s.token, reopen);
  });
  app.stream.open(s.token, reopen);
  app.ready = run(shellScope, async () => {
    const r = await api('/api/plants');
    app.plant = r.plants[0];
    $('plant-name').textContent = app.plant.name;
    await Promise.all([app.alarms.reload(), app.alarms.loadHistory()]);
    return app.plant;
  });
}

function stopShell() {
  if (current) { current.scope.dispose(); current = null; }
  app.stream.close();
  app.alarms.reset();
  if (shellScope) { shellScope.dispose(); shellScope = null; }
  app.plant = null;
  app.seriesIndex = null;
  $('banners').replaceChildren();
}

function renderAlarmChrome(model) {
  const active = model.list.alarms.filter(a => UNACKED.has(a.state)).length;
  const badge = $('alarm-badge');
  badge.hidden = active === 0;
  badge.textContent = String(active);
  const banners = [];
  if (model.list.flooding) {
    banners.push(el('div', {class: 'banner flood', id: 'flood-banner'},
      'Alarm flood: more alarms than an operator can handle — deal with the highest priorities first.'));
  }
  if (model.list.chattering.length) {
    banners.push(el('div', {class: 'banner chatter', id: 'chatter-banner'},
      'Chattering alarms: ' + model.list.chattering.join(', ')));
  }
  $('banners').replaceChildren(...banners);
}

async function logout() {
  const s = session.get();
  stopShell();
  session.clear();
  if (s?.location) {
    try { await fetch(s.location, {method: 'DELETE', headers: {'X-Auth-Token': s.token}}); } catch { /* gone anyway */ }
  }
  goLogin();
}

function goLogin() {
  if (location.hash === '#/login') route(); else location.hash = '#/login';
}

onUnauthorized(() => {
  if (!session.get() && !shellScope) return;
  stopShell();
  session.clear();
  goLogin();
});

$('logout').addEventListener('click', logout);
window.addEventListener('hashchange', route);
app.alarms.attach(app.stream);
route();
