/**
 * Values kept by key while the database revision they were built at is current (store/sqlite/databaseRevision),
 * at most `size` of them; the least recently used goes first. The caller reads the revision before it builds a
 * value, so a value built while a write landed is stored under the older revision and never served after it.
 */
export interface RevisionCache<V> {
  /** The value kept for the key at this revision, or undefined. */
  get(key: string, revision: string): V | undefined;
  set(key: string, revision: string, value: V): void;
}

export function revisionCache<V>(size: number): RevisionCache<V> {
  // A Map iterates in insertion order: re-inserting on use keeps the least recently used first.
  const entries = new Map<string, { revision: string; value: V }>();
  return {
    get(key, revision) {
      const hit = entries.get(key);
      if (!hit) return undefined;
      entries.delete(key);
      if (hit.revision !== revision) return undefined;
      entries.set(key, hit);
      return hit.value;
    },
    set(key, revision, value) {
      entries.delete(key);
      entries.set(key, { revision, value });
      if (entries.size > size) entries.delete(entries.keys().next().value as string);
    }
  };
}
