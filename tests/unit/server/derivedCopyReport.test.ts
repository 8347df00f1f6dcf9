import { describe, expect, it } from 'vitest';
import { analyzeEvent } from '../../../src/lib/analysis/analyzeEvent';
import { addArticle } from '../../../src/lib/server/store/sqlite/articles';
import { openDatabase } from '../../../src/lib/server/store/sqlite/db';
import { derivedCopyReport } from '../../../src/lib/server/derivedCopyReport';
import { createEvent } from '../../../src/lib/server/store/sqlite/events';
import { eventAnalysisInput } from '../../../src/lib/server/analysis/eventAnalysisInput';

// A wire report, a re-write of it that re-words one sentence, drops one and adds eleven, and an independent report.
const WIRE = [
  'Firefighters contained a blaze at the Harlow chemical plant on Friday after a tank of solvent exploded shortly before noon.',
  'Three workers were taken to hospital with burns, the regional fire service said.',
  'Residents within two kilometres were told to keep their windows closed while crews tested the air.',
  'The plant, which makes industrial cleaning products, employs about 400 people.',
  'Investigators from the safety agency arrived at the plant in the afternoon.',
  'The cause of the explosion is under investigation.'
];
const ADDED = Array.from(
  { length: 10 },
  (_, i) =>
    `Officials in district ${i + 1} reported that their offices were back online by the end of the week.`
);
const REWRITE = [
  ...WIRE.slice(0, 2),
  'Residents within two kilometres were told to keep their windows shut while crews tested the air.',
  ...WIRE.slice(3, 5),
  'Local councillors called for an inquiry into safety at the site.',
  ...ADDED
];
const INDEPENDENT = [
  'A solvent tank blew up at a factory in Harlow, injuring three employees.',
  'The company said production would stay halted until next week.'
];

/** The three articles stored, then analyzed from what the server would hand the engine. */
function analyzedEvent() {
  const db = openDatabase(':memory:');
  const eventId = createEvent(db, { title: 'Harlow plant explosion' }).id;
  const add = (outlet: string, sentences: string[], published: string) =>
    addArticle(db, eventId, { outlet, text: sentences.join(' '), published, source: 'paste' }).id;
  const wire = add('Wire Service', WIRE, '2024-05-10T14:00Z');
  const copy = add('Harlow Gazette', REWRITE, '2024-05-10T18:30Z');
  const independent = add('County Radio', INDEPENDENT, '2024-05-10T16:00Z');
  const result = analyzeEvent(eventAnalysisInput(db, eventId).input);
  return { db, result, wire, copy, independent };
}

describe('derivedCopyReport', () => {
  const { db, result, wire, copy, independent } = analyzedEvent();

  it('reports the copy against its source: overlap, added (listed up to 8, the rest counted), removed, re-worded', () => {
    const report = derivedCopyReport(db, result, copy);
    expect(report.copiedBy).toEqual([]);
    const of = report.copyOf!;
    expect(of.source).toMatchObject({ id: wire, outlet: 'Wire Service' });
    expect(of.overlap).toBeGreaterThan(0.35);
    expect(of.added.items).toHaveLength(8);
    expect(of.added.items[0]).toBe('Local councillors called for an inquiry into safety at the site.');
    expect(of.added.more).toBe(ADDED.length + 1 - 8);
    expect(of.removed).toEqual({ items: [WIRE[5]], more: 0 });
    // Claims are compared, so the re-worded part is the clause that changed.
    expect(of.changed.items).toEqual([
      { from: expect.stringContaining('windows closed'), to: expect.stringContaining('windows shut') }
    ]);
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
