// Session, API access, page lifetime helpers, formatting and bounded buffers shared by every page.

const KEY = 'liquidtwin.session';

/** The logged-in session ({token, location, user, roles}) kept in sessionStorage (gone when the tab closes). */
export const session = {
  get() {
    try { return JSON.parse(sessionStorage.getItem(KEY)); } catch { return null; }
  },
  set(s) { sessionStorage.setItem(KEY, JSON.stringify(s)); },
  clear() { sessionStorage.removeItem(KEY); },
  canControl() {
    const s = this.get();
    return !!s && (s.roles || []).some(r => r === 'Operator' || r === 'Administrator');
  },
};

/** Thrown after a 401: the app has already gone back to the login page. */
export class Unauthorized extends Error {}

/** A refused request, with the server's Redfish error message. */
export class ApiError extends Error {
  constructor(status, message) { super(message); this.status = status; }
}

let unauthorizedHandler = () => {};
/** Sets what happens on a 401 (the app: clear the session, show the login page). */
export function onUnauthorized(f) { unauthorizedHandler = f; }

/**
 * Calls the server with the session token. Returns parsed JSON, a Blob ({as: 'blob'}), text ({as: 'text'}), or null
 * for an empty answer. A 401 sends the user to the login page; other errors throw ApiError with the server's message.
 */
export async function api(path, {method = 'GET', body, as, signal} = {}) {
  const s = session.get();
  if (!s) { unauthorizedHandler(); throw new Unauthorized(); }
  const headers = {'X-Auth-Token': s.token};
  if (body !== undefined) headers['Content-Type'] = 'application/json';
  const r = await fetch(path, {method, headers, signal, cache: 'no-store',
    body: body === undefined ? undefined : JSON.stringify(body)});
  if (r.status === 401) { unauthorizedHandler(); throw new Unauthorized(); }
  if (!r.ok) throw new ApiError(r.status, await errorText(r));
  if (as === 'blob') return r.blob();
  if (as === 'text') return r.text();
  const text = await r.text();
  return text ? JSON.parse(text) : null;
}

/** @return the message of a Redfish error body (ExtendedInfo first), else the status line */
export async function errorText(r) {
  try {
    const e = (await r.json()).error;
    const info = (e['@Message.ExtendedInfo'] || []).map(m => m.Message).filter(Boolean);
    return info.length ? info.join(' ') : e.message;
  } catch {
    return `${r.status} ${r.statusText}`;
  }
}

/** Everything a page set up, undone at once when the page is left: listeners, timers, aborted fetches. */
export class Scope {
  constructor() { this.undo = []; this.disposed = false; this.abort = new AbortController(); }
  add(f) { this.undo.push(f); return f; }
  listen(target, type, f, opts) { target.addEventListener(type, f, opts); this.add(() => target.removeEventListener(type, f, opts)); }
  every(ms, f) { const id = setInterval(f, ms); this.add(() => clearInterval(id)); return id; }
  later(ms, f) { const id = setTimeout(f, ms); this.add(() => clearTimeout(id)); return id; }
  get signal() { return this.abort.signal; }
  dispose() {
    this.disposed = true;
    this.abort.abort();
    for (const f of this.undo.splice(0).reverse()) { try { f(); } catch (e) { console.warn(e); } }
  }
}

/** Runs f at most once per ms (trailing call kept). */
export function throttle(scope, ms, f) {
  let pending = false, last = 0;
  return () => {
    if (pending) return;
    const wait = Math.max(0, last + ms - Date.now());
    pending = true;
    scope.later(wait, () => { pending = false; last = Date.now(); f(); });
  };
}

/** A fixed-capacity ring of (x, y) numbers; the oldest point goes when a new one comes in. */
export class Ring {
  constructor(capacity) {
    this.cap = capacity; this.xs = new Float64Array(capacity); this.ys = new Float64Array(capacity);
    this.n = 0; this.head = 0;
  }
  push(x, y) {
    this.xs[this.head] = x; this.ys[this.head] = y;
    this.head = (this.head + 1) % this.cap;
    if (this.n < this.cap) this.n++;
  }
  lastX() { return this.n ? this.xs[(this.head - 1 + this.cap) % this.cap] : -Infinity; }
  clear() { this.n = 0; this.head = 0; }
  /** @return [xs, ys] in time order, as new arrays of the current length */
  arrays() {
    const xs = new Float64Array(this.n), ys = new Float64Array(this.n);
    const start = (this.head - this.n + this.cap) % this.cap;
    for (let i = 0; i < this.n; i++) {
      const j = (start + i) % this.cap; xs[i] = this.xs[j]; ys[i] = this.ys[j];
    }
    return [xs, ys];
  }
}

/** A list that keeps only its newest `capacity` items. */
export class Recent {
  constructor(capacity) { this.cap = capacity; this.items = []; }
  push(x) { this.items.push(x); if (this.items.length > this.cap) this.items.splice(0, this.items.length - this.cap); }
  newestFirst() { return this.items.slice().reverse(); }
}

/** @return v with 0–3 decimals by its size, '—' when missing */
export function num(v, decimals) {
  if (v === null || v === undefined || Number.isNaN(v)) return '—';
  if (decimals === undefined) {
    const a = Math.abs(v);
    decimals = a >= 100 ? 0 : a >= 10 ? 1 : a >= 1 ? 2 : 3;
  }
  return v.toFixed(decimals);
}

export function withUnit(v, unit, decimals) {
  const n = num(v, decimals);
  return unit && n !== '—' ? `${n} ${unit}` : n;
}

/** @return an ISO time without milliseconds, in UTC, e.g. 2026-07-15 00:01:20Z */
export function time(iso) {
  if (!iso) return '—';
  const d = typeof iso === 'number' ? new Date(iso) : new Date(iso);
  return d.toISOString().replace('T', ' ').replace(/\.\d+Z$/, 'Z');
}

/** Creates an element: el('td', {class: 'num'}, 'text', child, …). */
export function el(tag, attrs = {}, ...children) {
  const e = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'class') e.className = v;
    else if (k === 'text') e.textContent = v;
    else if (k.startsWith('on')) e.addEventListener(k.slice(2), v);
    else if (v === true) e.setAttribute(k, '');
    else e.setAttribute(k, v);
  }
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    e.append(c instanceof Node ? c : String(c));
  }
  return e;
}

/** Nice downsampling steps, seconds. */
const STEPS = [10, 15, 30, 60, 120, 300, 600, 900, 1800, 3600, 7200, 10800, 21600, 43200, 86400];

/** @return the step (s) for a range of rangeS drawn on about `points` points, never below the twin's 10 s */
export function stepFor(rangeS, points) {
  const raw = rangeS / Math.max(10, points);
  return STEPS.find(s => s >= raw) || Math.ceil(raw / 86400) * 86400;
}

/** @return the query string `series=…&tag=k:v…` for a series key {name, tags} */
export function seriesQuery(key) {
  const p = new URLSearchParams({series: key.name});
  for (const [k, v] of Object.entries(key.tags || {})) p.append('tag', `${k}:${v}`);
  return p.toString();
}
