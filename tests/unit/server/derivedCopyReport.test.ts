import { describe, expect, it } from 'vitest';
import { analyzeEvent } from '../../../src/lib/analysis/analyzeEvent';
import { addArticle } from '../../../src/lib/server/articles';
import { openDatabase } from '../../../src/lib/server/db';
import { derivedCopyReport } from '../../../src/lib/server/derivedCopyReport';
import { createEvent } from '../../../src/lib/server/events';

// A wire report, a re-write of it that adds one sentence and a dozen of its own, and an independent report.
const WIRE = [
  'NATO sent a high-level delegation to Albania on Wednesday to help the Balkan country deal with the aftermath of the recent cyberattack.',
  'The government in Tirana also blames Iran for this attack.',
  'Albania recently sought external support from Microsoft.',
  'The IT company then helped to restore the systems and analyze the Iranian cyber attack.',
  'Microsoft concluded that two Iranian groups sponsored by the Tehran government were behind the attack and a subsequent release of data.',
  'Tirana and Tehran have had a strained relationship for years.'
];
const ADDED = Array.from(
  { length: 10 },
  (_, i) =>
    `Officials in district ${i + 1} reported that their offices were back online by the end of the week.`
);
const REWRITE = [
  ...WIRE.slice(0, 2),
  'Albania recently sought external support from the US company Microsoft.',
  ...WIRE.slice(3, 5),
  'Iran has denied any involvement.',
  ...ADDED
];
const INDEPENDENT = [
  'Alliance experts arrived in Tirana this week, led by deputy secretary-general James Appathurai.',
  'Albania cut diplomatic ties with Iran after a cyber attack in July that crippled government websites.'
];

function analysedEvent() {
  const db = openDatabase(':memory:');
  const eventId = createEvent(db, { title: 'NATO team in Albania' }).id;
  const add = (outlet: string, title: string, sentences: string[], published: string) =>
    addArticle(db, eventId, { outlet, title, text: sentences.join(' '), published, source: 'paste' }).id;
  const wire = add('Wire Service', 'NATO sends cyber team', WIRE, '2022-09-22T10:00Z');
  const copy = add('Daily Echo', 'NATO team in Tirana', REWRITE, '2022-09-22T14:00Z');
  const independent = add('Balkan Post', 'Alliance experts arrive', INDEPENDENT, '2022-09-22T12:00Z');
  const result = analyzeEvent({
    event: { title: 'NATO team in Albania' },
    articles: [
      {
        id: String(wire),
        outlet: 'Wire Service',
        title: 'NATO sends cyber team',
        published: '2022-09-22T10:00Z',
        text: WIRE.join(' ')
      },
      {
        id: String(copy),
        outlet: 'Daily Echo',
        title: 'NATO team in Tirana',
        published: '2022-09-22T14:00Z',
        text: REWRITE.join(' ')
      },
      {
        id: String(independent),
        outlet: 'Balkan Post',
        title: 'Alliance experts arrive',
        published: '2022-09-22T12:00Z',
        text: INDEPENDENT.join(' ')
      }
    ]
  });
  return { db, result, wire, copy, independent };
}

describe('derivedCopyReport', () => {
  const { db, result, wire, copy, independent } = analysedEvent();

  it('reports the copy against its source: overlap, added (listed up to 8, the rest counted), removed, re-worded', () => {
    const report = derivedCopyReport(db, result, copy);
    expect(report.copiedBy).toEqual([]);
    const of = report.copyOf!;
    expect(of.source).toEqual({ id: wire, title: 'NATO sends cyber team', outlet: 'Wire Service' });
    expect(of.overlap).toBeGreaterThan(0.35);
    expect(of.added.items).toHaveLength(8);
    expect(of.added.items[0]).toBe('Iran has denied any involvement.');
    expect(of.added.more).toBe(ADDED.length + 1 - 8);
    expect(of.removed).toEqual({ items: [WIRE[5]], more: 0 });
    expect(of.changed.items).toEqual([{ from: WIRE[2], to: REWRITE[2] }]);
  });

  it.each([
    { name: 'the source lists its copy', article: () => wire, copiedBy: () => [copy] },
    { name: 'an independent report has neither', article: () => independent, copiedBy: () => [] }
  ])('$name', ({ article, copiedBy }) => {
    const report = derivedCopyReport(db, result, article());
    expect(report.copyOf).toBeNull();
    expect(report.copiedBy.map((c) => c.id)).toEqual(copiedBy());
  });
});
