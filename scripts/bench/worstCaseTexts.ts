// Worst-case article texts for `npm run bench`: 1 MB each, built here (no data files), of the shapes that used to
// make the engine's cost grow faster than the text (issue 12: one 912 kB line took 7 minutes).

const WORDS = [
  'council',
  'harbour',
  'plan',
  'minister',
  'seven',
  'people',
  'river',
  'bridge',
  'police',
  'report'
];

function repeatTo(bytes: number, unit: (i: number) => string): string {
  const parts: string[] = [];
  let length = 0;
  for (let i = 0; length < bytes; i++) {
    const part = unit(i);
    parts.push(part);
    length += part.length;
  }
  return parts.join('').slice(0, bytes);
}

export const WORST_CASES: { name: string; text: (bytes: number) => string }[] = [
  // Words and spaces, no punctuation and no line breaks: one "sentence" of a million characters.
  {
    name: 'words without punctuation',
    text: (n) => repeatTo(n, (i) => WORDS[(i * 7 + (i >> 3)) % 10] + ' ')
  },
  // Not even spaces: one "word" of a million characters.
  { name: 'no spaces, no punctuation', text: (n) => 'x'.repeat(n) },
  // Ordinary sentences on one line: one paragraph of 12,000 sentences.
  {
    name: 'sentences on one line',
    text: (n) =>
      repeatTo(n, (i) => `The council said ${i} people were hurt on the bridge on Tuesday, police reported. `)
  }
];
