import { describe, expect, it } from 'vitest';
import { ecbplusEvents } from '../../../src/lib/ecbplus/ecbplusEvents';
import { parseEcbDocument } from '../../../src/lib/ecbplus/parseEcbDocument';

/** An ECB+ file (ecbplus: sentence 0 is the URL) with one sentence of space-separated tokens per line. */
function ecbplusXml(lines: string[]): string {
  let id = 0;
  const tokens = ['http://example.org/a', ...lines].flatMap((line, sentence) =>
    line.split(' ').map((t) => `<token t_id="${++id}" sentence="${sentence}">${t}</token>`)
  );
  return `<Document>${tokens.join('')}</Document>`;
}

const BODY = 'A strong earthquake struck the island of Qeshm on Sunday , officials said .';

describe('ecbplusEvents', () => {
  it('titles the event and its articles with their headlines, not the timestamps above them', () => {
    const docs = [
      parseEcbDocument(ecbplusXml(['27 NOVEMBER , 2005', 'Ten dead in Iran quake', BODY]), '20_1ecbplus'),
      parseEcbDocument(ecbplusXml(['Quake jolts Iran', BODY]), '20_2ecbplus')
    ];
    const [event] = ecbplusEvents(docs);
    expect(event.event.title).toBe('Ten dead in Iran quake (ECB+ topic 20+)');
    expect(event.articles.map((a) => [a.id, a.outlet, a.title])).toEqual([
      ['20_1ecbplus', 'example.org', 'Ten dead in Iran quake'],
      ['20_2ecbplus', 'example.org', 'Quake jolts Iran']
    ]);
  });
});
