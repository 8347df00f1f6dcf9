import { LOADED_TERMS } from '../lexicon/loaded';

const LOADED = new RegExp(`\\b(?:${LOADED_TERMS.join('|')})\\b`, 'gi');
/** A short term in quotation marks used as a label, not as speech: the militant Iranian “opposition fact”. */
const SCARE_QUOTE =
  /(?<=\s|^)[“"‘]([\p{L}’'-]+(?:\s[\p{L}’'-]+){0,2})[”"’](?!\s*(?:said|says|he|she|they)\b)/gu;

/** Loaded or evaluative wording, lower-cased, including scare-quoted terms (kept with their quote marks). */
export function findLoaded(text: string): string[] {
  const found = [...text.matchAll(LOADED)].map((m) => m[0].toLowerCase());
  for (const m of text.matchAll(SCARE_QUOTE)) {
    // A real quote ends a clause or is introduced by a verb; a scare quote sits inside a noun phrase.
    const before = text.slice(Math.max(0, m.index! - 12), m.index!);
    if (/(?:said|says|told|:|,)\s*$/i.test(before)) continue;
    if (/[.!?,]$/.test(m[1])) continue;
    found.push(`“${m[1]}”`);
  }
  return [...new Set(found)];
}
