// The app's view of the alarms: GET /api/alarms, reloaded (throttled) after each alarm event on the stream, and the
// recent alarm events (bounded): the last day's from GET /api/alarm-events at login, then the stream's.
import { api, Recent, Unauthorized } from './core.js';

export const ACTIVE = new Set(['UNACK', 'ACKED', 'RTN_UNACK', 'LATCHED']);
export const UNACKED = new Set(['UNACK', 'RTN_UNACK']);
export const PRIORITIES = ['CRITICAL', 'HIGH', 'MEDIUM', 'LOW'];

export class AlarmModel {
  constructor() {
    this.list = {flooding: false, chattering: [], alarms: []};
    this.recent = new Recent(200);
    this.listeners = new Set();
    this.timer = null;
    this.loading = false;
  }

  /** Listens to the stream's alarm events. */
  attach(stream) {
    stream.on('alarm', e => { this.recent.push(e); this.reloadSoon(); });
  }

  reloadSoon() {
    if (this.timer) return;
    this.timer = setTimeout(() => { this.timer = null; this.reload(); }, 150);
  }

  /** Loads the last day's alarm events (before the stream's): the recent list does not start at page load. */
  async loadHistory() {
    try {
      const h = await api('/api/alarm-events?limit=200');
      const live = this.recent.items;
      this.recent = new Recent(200);
      for (const e of h.events) this.recent.push(e);
      for (const e of live) if (!h.events.some(x => x.time === e.time && x.alarm === e.alarm && x.to === e.to)) {
        this.recent.push(e);
      }
      for (const f of this.listeners) f(this);
    } catch (e) {
      if (!(e instanceof Unauthorized)) console.warn('alarm events', e.message);
    }
  }

  async reload() {
    try {
      this.list = await api('/api/alarms');
      for (const f of this.listeners) f(this);
    } catch (e) {
      if (!(e instanceof Unauthorized)) console.warn('alarms', e.message);
    }
  }

  on(f) { this.listeners.add(f); return () => this.listeners.delete(f); }

  reset() {
    clearTimeout(this.timer); this.timer = null; this.list = {flooding: false, chattering: [], alarms: []};
    this.recent = new Recent(200);
  }

  /** @return the unit (plant element id) an alarm's series belongs to: the channel name up to its first dot */
  static unitOf(alarm) {
    const n = alarm.series?.name || '';
    const dot = n.indexOf('.');
    return dot > 0 ? n.slice(0, dot) : n;
  }
}
