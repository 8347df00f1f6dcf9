import { describe, it, expect } from 'vitest';
import { formatDate } from '../../../src/lib/components/formatDate';

describe('formatDate shows dates in UTC, dates without a time without one', () => {
  it.each([
    [null, ''],
    ['', ''],
    ['2024-03-13', '13 Mar 2024'],
    ['2024-03-12T07:45:00Z', '12 Mar 2024, 07:45 UTC'],
    ['2024-03-12T23:30:00-02:00', '13 Mar 2024, 01:30 UTC'],
    ['not a date', 'not a date']
  ])('%j -> %j', (value, shown) => {
    expect(formatDate(value)).toBe(shown);
  });
});
