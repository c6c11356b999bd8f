/**
 * Bounded Maps for caches. `touch` keeps a Map in least-recently-used order (its first key is the
 * one to drop): the caches of answers (Node and worker) use it. `remembered` keeps values that are
 * made from their key and cheap to make again (prepared statements, parsed parameters, meta text),
 * where a hit should cost no more than a lookup.
 */

/** The value at `key`, moved to the most recently used end; undefined when there is none. */
export function touch<K, V>(map: Map<K, V>, key: K): V | undefined {
  const value = map.get(key);
  if (value !== undefined) {
    map.delete(key); // re-inserted: the map's order is least recently used first
    map.set(key, value);
  }
  return value;
}

/** The value kept at `key`, or `make(key)`, kept; when the map holds `max`, the first kept is dropped. */
export function remembered<K, V>(map: Map<K, V>, max: number, key: K, make: (key: K) => V): V {
  let value = map.get(key);
  if (value === undefined) {
    value = make(key);
    if (map.size >= max) map.delete(map.keys().next().value!);
    map.set(key, value);
  }
  return value;
}
