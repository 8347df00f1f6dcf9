import { describe, expect, it } from 'vitest';
import { assignEvent, averageLinkage, clusterArticles } from '../../../src/lib/analysis/clusterArticles';
import { DEV_TOPICS, ecbplusAvailable, loadTopics } from '../../../scripts/lib/ecbplusCorpus';
import { adjustedRandIndex } from '../../../scripts/eval/metrics';

// Short code-built reports of three different happenings, two articles each.
const ARTICLES = [
  {
    id: 'nato-1',
    title: 'NATO sends experts to Albania after cyberattack',
    text: 'NATO sent a high-level delegation to Albania on Wednesday to help the Balkan country deal with the aftermath of the cyberattack that Tirana blames on Iran. James Appathurai leads the NATO team.'
  },
  {
    id: 'quake-1',
    title: 'Magnitude 4.6 quake shakes Northern California',
    text: 'A magnitude 4.6 earthquake struck near Anza in Southern California early Thursday, the U.S. Geological Survey said. No injuries were reported after the quake.'
  },
  {
    id: 'nato-2',
    text: 'A NATO delegation led by James Appathurai arrived in Albania to offer support after the Iranian cyberattack on the government systems in Tirana.'
  },
  {
    id: 'phone-1',
    title: 'Apple unveils new iPhone',
    text: 'Apple unveiled its new iPhone on Tuesday in Cupertino, with a faster chip, a bigger screen and a price of $999 for the base model.'
  },
  {
    id: 'quake-2',
    text: 'The U.S. Geological Survey said the magnitude 4.6 earthquake hit near Anza on Thursday; there were no reports of injuries from the quake.'
  },
  {
    id: 'phone-2',
    text: 'The new iPhone unveiled by Apple in Cupertino on Tuesday costs $999 and has a faster chip and a bigger screen.'
  }
];

describe('clusterArticles', () => {
  it('puts the two reports of each happening together and numbers events by first article', () => {
    const events = clusterArticles(ARTICLES);
    expect(Object.fromEntries(events)).toEqual({
      'nato-1': 'e1',
      'nato-2': 'e1',
      'quake-1': 'e2',
      'quake-2': 'e2',
      'phone-1': 'e3',
      'phone-2': 'e3'
    });
  });

  const linkage: [string, number[][], number, number[][]][] = [
    [
      'two tight pairs',
      [
        [1, 0.9, 0.1, 0.1],
        [0.9, 1, 0.1, 0.1],
        [0.1, 0.1, 1, 0.8],
        [0.1, 0.1, 0.8, 1]
      ],
      0.5,
      [
        [0, 1],
        [2, 3]
      ]
    ],
    [
      'everything at a low threshold',
      [
        [1, 0.9, 0.1],
        [0.9, 1, 0.2],
        [0.1, 0.2, 1]
      ],
      0.1,
      [[0, 1, 2]]
    ],
    [
      'nothing at a high threshold',
      [
        [1, 0.4],
        [0.4, 1]
      ],
      0.5,
      [[0], [1]]
    ]
  ];
  it.each(linkage)('average linkage: %s', (_, sim, threshold, expected) => {
    expect(averageLinkage(sim, threshold)).toEqual(expected);
  });
});

describe('assignEvent', () => {
  const events = [
    { id: 'e1', articles: ARTICLES.filter((a) => a.id.startsWith('nato')) },
    { id: 'e2', articles: ARTICLES.filter((a) => a.id.startsWith('quake')) }
  ];
  const cases: [string, { title?: string; text: string }, string | null][] = [
    [
      'a new NATO report',
      {
        text: 'NATO deputy secretary-general James Appathurai met officials in Tirana after the Iranian cyberattack on Albania.'
      },
      'e1'
    ],
    [
      'a new quake report',
      {
        text: 'No injuries followed the magnitude 4.6 earthquake near Anza, the U.S. Geological Survey said on Thursday.'
      },
      'e2'
    ],
    ['a report about something else', ARTICLES.find((a) => a.id === 'phone-1')!, null]
  ];
  it.each(cases)('%s', (_, article, expected) => {
    const result = assignEvent(article, events);
    expect(result.event).toBe(expected);
    expect(result.score).toBeGreaterThanOrEqual(0);
  });
});

const ecbplus = ecbplusAvailable();
if (!ecbplus) console.warn('ECB+ not found at ../shared/data/ecbplus: skipping the ECB+ dev clustering test');

describe.skipIf(!ecbplus)('ECB+ dev topics mixed (each sub-topic is one event)', () => {
  it('recovers the events with ARI above 0.8', () => {
    const docs = loadTopics(DEV_TOPICS);
    const events = clusterArticles(docs.map((d) => ({ id: d.name, text: d.text })));
    const ari = adjustedRandIndex(
      docs.map((d) => `${d.topic}${d.subtopic}`),
      docs.map((d) => events.get(d.name)!)
    );
    console.log(
      `ECB+ dev clustering: ARI ${ari.toFixed(3)}, ${new Set(events.values()).size} clusters for 16 events`
    );
    expect(ari).toBeGreaterThan(0.8);
  });
});
