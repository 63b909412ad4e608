// The open progress stores, so the entry point can retry a failed save before it exits and never claim a save
// that did not happen. Kept apart from store.ts so that importing it costs nothing.

export interface Flushable {
  /** Retries any save that failed; true when everything recorded is on disk. */
  flush(): boolean;
}

const open = new Set<Flushable>();

export function trackStore(store: Flushable): void {
  open.add(store);
}

/** Flushes every open store; true when nothing is left unsaved. */
export function flushStores(): boolean {
  let ok = true;
  for (const store of open) ok = store.flush() && ok;
  return ok;
}
