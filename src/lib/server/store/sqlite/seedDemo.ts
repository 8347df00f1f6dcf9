import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { OutletKind } from './outlets';
import type { Db } from './db';
import { countEvents, createEvent } from './events';
import { importEvent } from './importEvent';
import { projectRoot } from '../../paths';
import { statements } from './statements';

export const DEMO_EVENT_TITLE = 'Iranian cyberattack on Albania (2022)';

/** The fictional four-outlet event in db/seed: invented outlets, written to show every view at first start. */
interface FictionalDemo {
  event: { title: string; description: string };
  outlets: { name: string; kind: OutletKind; owner: string | null }[];
  articles: { id: string; outlet: string; title: string; published: string; text: string }[];
}

const q = statements((db) => ({
  describeOutlet: db.prepare<[string, string | null, string]>(
    'UPDATE outlets SET kind = ?, owner = ? WHERE domain IS NULL AND lower(name) = lower(?)'
  )
}));

function seedFile(name: string): string {
  return readFileSync(resolve(projectRoot(), 'db', 'seed', name), 'utf8');
}

/**
 * On first start (no events at all) the database gets the demo events, in one transaction: RT's report of 22
 * Sep 2022 on the NATO delegation to Albania, the article Parallax started from, and a fictional flood covered
 * by four invented outlets (a wire story, a newspaper's re-write of it, two outlets of one owner, differing
 * tolls), so the comparison views have something to compare. Returns the new event ids (empty when not seeded).
 */
export function seedDemo(db: Db): number[] {
  if (countEvents(db) > 0) return [];
  const fictional = JSON.parse(seedFile('demo-kellby-flood.json')) as FictionalDemo;
  return db
    .transaction(() => {
      const rt = importEvent(
        db,
        {
          event: { title: DEMO_EVENT_TITLE },
          articles: [
            {
              id: 'rt-2022-09-22',
              outlet: 'rt.com',
              title: 'Investigation of a suspected Iranian cyber attack',
              published: '2022-09-22T21:15:00Z',
              text: seedFile('rt-2022-09-22-albania.txt')
            }
          ]
        },
        { source: 'seed' }
      );
      // Created first so that the import finds it by title and the description says it is made up.
      createEvent(db, fictional.event);
      const flood = importEvent(
        db,
        { event: { title: fictional.event.title }, articles: fictional.articles },
        { source: 'seed' }
      );
      for (const o of fictional.outlets) q(db).describeOutlet.run(o.kind, o.owner, o.name);
      return [rt.eventId, flood.eventId];
    })
    .immediate();
}
