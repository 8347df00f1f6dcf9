// npm run demo:ecbplus -- [--from DIR] [--topics 1,2,3]
// Imports the ECB+ corpus (original XML) as Parallax events, one per sub-topic, into PARALLAX_DB.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { ecbplusEvents } from '../src/lib/ecbplus/ecbplusEvents';
import { parseEcbDocument, type EcbDocument } from '../src/lib/ecbplus/parseEcbDocument';
import { databasePath, openDatabase } from '../src/lib/server/store/sqlite/db';
import { importEvent } from '../src/lib/server/store/sqlite/importEvent';
import { projectRoot } from '../src/lib/server/paths';
import { analyzeImported } from './lib/analyzeImported';

const { values } = parseArgs({
  options: { from: { type: 'string' }, topics: { type: 'string' }, help: { type: 'boolean' } }
});
if (values.help) {
  console.log('Usage: npm run demo:ecbplus -- [--from DIR] [--topics 1,2,3]\n');
  console.log('DIR holds one folder per ECB+ topic with T_Necb.xml / T_Necbplus.xml files');
  console.log(
    '(default ../shared/data/ecbplus). Each sub-topic becomes one event; re-running adds nothing twice.'
  );
  process.exit(0);
}
const from = resolve(values.from ?? resolve(projectRoot(), '..', 'shared', 'data', 'ecbplus'));
if (!existsSync(from) || !statSync(from).isDirectory()) {
  console.error(`No ECB+ corpus at ${from}. Pass --from DIR (a folder with one sub-folder per topic).`);
  process.exit(2);
}
const wanted = values.topics ? new Set(values.topics.split(',').map((t) => t.trim())) : null;
const topics = readdirSync(from)
  .filter((t) => /^\d+$/.test(t) && (!wanted || wanted.has(t)))
  .sort((a, b) => Number(a) - Number(b));
if (topics.length === 0) {
  console.error(`No topic folders (1, 2, …) under ${from}.`);
  process.exit(2);
}

const docs: EcbDocument[] = [];
for (const topic of topics) {
  for (const file of readdirSync(join(from, topic)).filter((f) => /^\d+_\d+ecb(plus)?\.xml$/.test(f))) {
    const name = file.replace(/\.xml$/, '');
    try {
      docs.push(parseEcbDocument(readFileSync(join(from, topic, file), 'utf8'), name));
    } catch (e) {
      console.error(`Skipping ${topic}/${file}: ${(e as Error).message}`);
    }
  }
}

const db = openDatabase(databasePath());
let added = 0;
let events = 0;
const touched: number[] = [];
for (const input of ecbplusEvents(docs)) {
  const result = importEvent(db, input, { source: 'import' });
  if (result.added.length > 0) touched.push(result.eventId);
  added += result.added.length;
  events += result.created ? 1 : 0;
}
console.log(
  `Imported ${added} articles (${docs.length} documents read) into ${events} new events at ${databasePath()}.`
);
await analyzeImported(db, touched);
db.close();
