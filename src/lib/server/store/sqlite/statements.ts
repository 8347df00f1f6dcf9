import type { Db } from './db';

/**
 * Prepares a module's named queries once per connection. Usage:
 *   const q = statements((db) => ({ byId: db.prepare('SELECT … WHERE id = ?') }));
 *   q(db).byId.get(id);
 */
export function statements<T>(prepare: (db: Db) => T): (db: Db) => T {
  const cache = new WeakMap<Db, T>();
  return (db) => {
    let prepared = cache.get(db);
    if (!prepared) {
      prepared = prepare(db);
      cache.set(db, prepared);
    }
    return prepared;
  };
}
