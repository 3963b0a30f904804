// One EventSource on /api/stream for the whole app; pages subscribe and unsubscribe.

export class Stream {
  constructor() {
    this.handlers = {snapshot: new Set(), alarm: new Set(), state: new Set()};
    this.source = null;
    this.last = null;
    this.retry = null;
  }

  /** Opens the stream with a session token (EventSource cannot send headers, so the route takes ?token=). */
  open(token, onClosed) {
    this.close();
    const es = new EventSource('/api/stream?token=' + encodeURIComponent(token));
    this.source = es;
    es.addEventListener('open', () => this.emit('state', 'live'));
    es.addEventListener('snapshot', e => {
      this.last = JSON.parse(e.data);
      this.emit('snapshot', this.last);
    });
    es.addEventListener('alarm', e => this.emit('alarm', JSON.parse(e.data)));
    es.addEventListener('error', () => {
      if (this.source !== es) return;
      this.emit('state', 'down');
      if (es.readyState === EventSource.CLOSED) { // refused (e.g. the session ended): ask the app what now
        this.source = null;
        onClosed();
      }
    });
  }

  /** Reopens after `ms` unless closed in between. */
  reopenLater(ms, token, onClosed) {
    clearTimeout(this.retry);
    this.retry = setTimeout(() => this.open(token, onClosed), ms);
  }

  close() {
    clearTimeout(this.retry);
    if (this.source) { this.source.close(); this.source = null; }
    this.emit('state', 'down');
  }

  /** @return a function that removes the handler */
  on(type, f) {
    this.handlers[type].add(f);
    return () => this.handlers[type].delete(f);
  }

  emit(type, v) {
    for (const f of this.handlers[type]) {
      try { f(v); } catch (e) { console.warn('stream handler', e); }
    }
  }
}
