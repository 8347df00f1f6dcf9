// A fact's label and the member it was made from (factLabel, labelledMember): the one rule the fact ids, the
// remembered verdicts and the fact page use to find a fact's central claim again.
import { describe, expect, it } from 'vitest';
import { factLabel, labelledMember } from '../../../src/lib/analysis/factLabel';
import { bareClaim } from '../../fixtures/bareClaim';

const long = 'The river peaked at 6.1 metres at the Mill Street gauge. '.repeat(4).trim();

describe('factLabel', () => {
  const cases: [string, string][] = [
    ['Four dead as river floods Kellby', 'Four dead as river floods Kellby'],
    [long, long.slice(0, 159).trimEnd() + '…']
  ];
  it.each(cases)('%s', (text, label) => {
    expect(factLabel(bareClaim({ text }))).toBe(label);
    expect(label.length).toBeLessThanOrEqual(160);
  });
});

describe('labelledMember', () => {
  const members = [
    bareClaim({ id: 'headline', text: 'Four dead as river floods Kellby tonight' }),
    bareClaim({ id: 'lead', text: 'Four dead as river floods Kellby' }),
    bareClaim({ id: 'also', text: 'Some 1,500 people were evacuated.' }),
    bareClaim({ id: 'long', text: long })
  ];
  // [label, secondary ids, expected member id]
  const cases: [string, string[], string | undefined][] = [
    // The exact label, not a member whose text merely starts with it.
    ['Four dead as river floods Kellby', [], 'lead'],
    ['Some 1,500 people were evacuated.', [], 'also'],
    // A member the fact lists only as "also mentions" is never its central claim.
    ['Some 1,500 people were evacuated.', ['also'], undefined],
    [factLabel(bareClaim({ text: long })), [], 'long'],
    ['A label no member has', [], undefined]
  ];
  it.each(cases)('%s (secondary %j)', (label, secondary, id) => {
    expect(labelledMember({ label, secondary }, members)?.id).toBe(id);
  });
});
