// Names as values of a fact: spelling variants of one surname ("Duncan Rait" / "Duncan Raite") are a name
// discrepancy; two claims about different people are two facts, whatever grouped them.
import { lemmatize, synsetsOf } from './lemmatize';
import type { ValueDiscrepancy } from './compareValues';
import type { Claim } from './types';

/**
 * Whether the two claims name people and none of them is the same person (same surname, or a spelling of it).
 */
export function aboutOtherPeople(a: Claim, b: Claim): boolean {
  const surnames = (c: Claim) =>
    c.entities.filter((e) => e.type === 'person').map((e) => e.norm.split(/\s+/).pop()!);
  const [sa, sb] = [surnames(a), surnames(b)];
  if (!sa.length || !sb.length) return false;
  return !sa.some((x) => sb.some((y) => sameSurname(x, y)));
}

/** Whether two lower-case surnames are one, or spellings of one ("lane" / "layne", "stevens" / "stephens"). */
export function sameSurname(x: string, y: string): boolean {
  return x === y || editDistance(x, y) <= (x.length > 6 ? 2 : 1) || soundsAs(x) === soundsAs(y);
}

/** A name as it sounds where spellings of one sound differ: "ph" and "v" as "f" ("Stephen" / "Steven"). */
const soundsAs = (name: string) => name.replace(/ph|v/g, 'f');

/** A word with its accents taken off ("chrétien" -> "chretien"). */
const withoutAccents = (word: string) => word.normalize('NFD').replace(/\p{M}/gu, '');

/** Whether WordNet knows the word (as any part of speech), in any inflection. */
const isWord = (word: string) => synsetsOf(lemmatize(word)).length > 0;

const words = (text: string) => new Set(text.toLowerCase().match(/[\p{L}'’-]+/gu) ?? []);

/**
 * Spelling variants of one name ("Duncan Rait" / "Duncan Raite", "Michael Brown" / "Micheal Brown"): names the two
 * outlets spell differently, in any number of names per claim. One of surname and first name differs, the other is
 * the same (the first names only where both give one), and neither claim may also use the other's spelling (then
 * the two are different people).
 */
export function nameVariants(a: Claim, b: Claim): ValueDiscrepancy[] {
  const named = (c: Claim) => c.entities.filter((e) => e.type === 'person');
  const [wordsA, wordsB] = [words(a.text), words(b.text)];
  const out: ValueDiscrepancy[] = [];
  for (const x of named(a))
    for (const y of named(b)) {
      const [tx, ty] = [x.norm.split(/\s+/), y.norm.split(/\s+/)];
      // The part the two spell differently: the surname, or else the first name of one surname.
      const firstNames = tx.length > 1 && ty.length > 1 && tx[tx.length - 1] === ty[ty.length - 1];
      const [spellX, spellY] = firstNames ? [tx[0], ty[0]] : [tx[tx.length - 1], ty[ty.length - 1]];
      if (spellX === spellY || Math.min(spellX.length, spellY.length) < 4) continue;
      // Accents dropped are the same spelling ("Chrétien" / "Chretien"): one outlet's typeface, not another name.
      if (withoutAccents(spellX) === withoutAccents(spellY)) continue;
      // An inflected form is the same name ("Oscar" / "Oscars", "India" / "Indian").
      const [short, long] = spellX.length < spellY.length ? [spellX, spellY] : [spellY, spellX];
      if (long.startsWith(short) && /^(s|es|n|an|ian|ese|i)$/.test(long.slice(short.length))) continue;
      if (!sameSurname(spellX, spellY)) continue;
      if (!firstNames && tx.length > 1 && ty.length > 1 && tx[0] !== ty[0]) continue;
      if (wordsA.has(spellY) || wordsB.has(spellX)) continue;
      // Two spellings of an English word are no surname ("Gordon Advisors" / "Gordon Advisers").
      if (isWord(spellX) || isWord(spellY)) continue;
      if (!out.some((d) => d.values[0] === x.text && d.values[1] === y.text))
        out.push({ type: 'name', values: [x.text, y.text] });
    }
  return out;
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++)
      row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}
