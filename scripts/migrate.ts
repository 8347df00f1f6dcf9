// npm run db:migrate — brings the database at PARALLAX_DB (default db/parallax.sqlite) up to date.
import { databasePath, openDatabase } from '../src/lib/server/store/sqlite/db';

const path = databasePath();
const db = openDatabase(path);
const v = db.prepare('SELECT max(version) AS v FROM schema_migrations').get() as { v: number };
console.log(`${path}: schema version ${v.v}`);
db.close();
