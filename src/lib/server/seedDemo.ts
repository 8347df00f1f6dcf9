import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Db } from './db';
import { countEvents } from './events';
import { importEvent } from './importEvent';
import { projectRoot } from './paths';

export const DEMO_EVENT_TITLE = 'Iranian cyberattack on Albania (2022)';

/**
 * On first start (no events at all) the database gets the demo event: RT's report of 22 Sep 2022 on the NATO
 * delegation to Albania, the article Parallax started from. Returns the event id, or null when not seeded.
 */
export function seedDemo(db: Db): number | null {
  if (countEvents(db) > 0) return null;
  const text = readFileSync(resolve(projectRoot(), 'db', 'seed', 'rt-2022-09-22-albania.txt'), 'utf8');
  const result = importEvent(
    db,
    {
      event: { title: DEMO_EVENT_TITLE },
      articles: [
        {
          id: 'rt-2022-09-22',
          outlet: 'rt.com',
          title: 'Investigation of a suspected Iranian cyber attack',
          published: '2022-09-22T21:15:00Z',
          text
        }
      ]
    },
    { source: 'seed' }
  );
  return result.eventId;
}
