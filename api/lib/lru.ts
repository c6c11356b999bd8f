/**
 * A Map kept in least-recently-used order: its first key is the one to drop. The caches of answers
 * (Node and worker) and of prepared statements use it.
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
