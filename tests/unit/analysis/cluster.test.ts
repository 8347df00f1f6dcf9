import { describe, expect, it } from 'vitest';
import {
  assignEvent,
  clusterArticles,
  clustersAt,
  eventClusters,
  linkageMerges,
  termCounts
} from '../../../src/lib/analysis/clusterArticles';
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
    expect(clustersAt(sim.length, linkageMerges(sim, threshold), threshold)).toEqual(expected);
  });

  it('records merges best first with their mean linkage, and any threshold cuts the same run', () => {
    const sim = linkage[0][1];
    expect(linkageMerges(sim, -Infinity)).toEqual([
      { a: 0, b: 1, similarity: 0.9 },
      { a: 2, b: 3, similarity: 0.8 },
      { a: 0, b: 2, similarity: 0.1 }
    ]);
    const merges = linkageMerges(sim, 0);
    const cuts: [number, number[][]][] = [
      [0.95, [[0], [1], [2], [3]]],
      [0.85, [[0, 1], [2], [3]]],
      [
        0.5,
        [
          [0, 1],
          [2, 3]
        ]
      ],
      [0.1, [[0, 1, 2, 3]]]
    ];
    for (const [threshold, expected] of cuts) expect(clustersAt(4, merges, threshold)).toEqual(expected);
  });
});

describe('termCounts', () => {
  // Five sentences: the lead is the first three.
  const text =
    'Rescuers reached Anza on Thursday. The quake struck at dawn. Police closed the roads. ' +
    'Later the schools reopened. Officials met in Sacramento.';
  const cases: [string, { title?: string; text: string }, string, number][] = [
    ['a lead word counts three times', { text }, 'rescuer', 3],
    ['so does a name in the lead', { text }, 'e:anza', 3],
    ['a word past the lead counts once', { text }, 'school', 1],
    ['a name past the lead counts once', { text }, 'e:sacramento', 1],
    ['a title word counts twice more', { title: 'Schools reopen', text }, 'school', 3]
  ];
  it.each(cases)('%s', (_, article, term, expected) => {
    expect(termCounts(article).get(term)).toBe(expected);
  });
});

describe('eventClusters', () => {
  // Two quakes of one kind (shared words, different place, day and size) and two reports of a cyberattack.
  const quakes = [
    'A magnitude 4.6 earthquake struck near Anza in California on Thursday, the U.S. Geological Survey said. No injuries were reported.',
    'The U.S. Geological Survey said a magnitude 4.6 earthquake hit Anza, California, on Thursday. There were no reports of injuries.',
    'A magnitude 7.1 earthquake struck off Valparaiso in Chile on Sunday, the U.S. Geological Survey said. No injuries were reported.',
    'The U.S. Geological Survey said a magnitude 7.1 earthquake hit Valparaiso, Chile, on Sunday. There were no reports of injuries.',
    'NATO sent a delegation to Albania on Wednesday after the cyberattack that Tirana blames on Iran.',
    'A NATO delegation arrived in Albania after the Iranian cyberattack on government systems in Tirana.'
  ].map((text) => termCounts({ text }));
  const cases: [string, { topic: number; cluster: number }, number[][]][] = [
    [
      'stage 1 alone (stage 2 joins whatever it gets) keeps the subjects apart',
      { topic: 0.05, cluster: -1 },
      [
        [0, 1, 2, 3],
        [4, 5]
      ]
    ],
    [
      "stage 2 splits the quakes on the group's own IDF",
      { topic: 0.05, cluster: 0.1 },
      [
        [0, 1],
        [2, 3],
        [4, 5]
      ]
    ],
    [
      'a stage 1 bound above every linkage leaves each article alone',
      { topic: 1.1, cluster: 0.1 },
      [[0], [1], [2], [3], [4], [5]]
    ]
  ];
  it.each(cases)('%s', (_, thresholds, expected) => {
    expect(eventClusters(quakes, thresholds)).toEqual(expected);
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
  it('recovers the events with ARI above 0.95', () => {
    const docs = loadTopics(DEV_TOPICS);
    const events = clusterArticles(docs.map((d) => ({ id: d.name, text: d.text })));
    const ari = adjustedRandIndex(
      docs.map((d) => `${d.topic}${d.subtopic}`),
      docs.map((d) => events.get(d.name)!)
    );
    console.log(
      `ECB+ dev clustering: ARI ${ari.toFixed(3)}, ${new Set(events.values()).size} clusters for 16 events`
    );
    expect(ari).toBeGreaterThan(0.95);
  });
});
