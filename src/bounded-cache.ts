// A Map that holds at most a given number of entries and forgets the one set longest ago when it is full: the
// engine's memo tables (stems, name keys) in a long-lived content script or a long batch run, and the
// background's per-tab results whose page never reported, must not grow without end.

export class BoundedCache<K, V> {
  private readonly map = new Map<K, V>();
  private readonly limit: number;

  constructor(limit: number) {
    this.limit = limit;
  }

  get size(): number {
    return this.map.size;
  }

  get(key: K): V | undefined {
    return this.map.get(key);
  }

  /** Keeps `value` under `key` as the newest entry, forgetting the oldest when that makes one too many. */
  set(key: K, value: V): void {
    this.map.delete(key);
    this.map.set(key, value);
    // Maps iterate in insertion order: the first key is the one set longest ago.
    if (this.map.size > this.limit) this.map.delete(this.map.keys().next().value!);
  }

  delete(key: K): boolean {
    return this.map.delete(key);
  }

  /** The value kept for `key`, or `compute(key)`, kept from now on. For values that are never `undefined`. */
  getOrSet(key: K, compute: (key: K) => V): V {
    let value = this.map.get(key);
    if (value === undefined) this.set(key, (value = compute(key)));
    return value;
  }
}
