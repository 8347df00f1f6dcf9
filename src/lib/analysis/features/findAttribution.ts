import type { Attribution } from '../types';
import { analyzeText, type TextMemo, type TextToken } from './analyzeText';
import {
  CLAUSE_ONLY_VERBS,
  HEADLINE_SPEAKERS,
  NOT_HEADLINE_SOURCES,
  NOT_SOURCES,
  REPORTING_VERBS,
  SOURCE_FRAMES
} from '../lexicon/attribution';
import { ROLE_HEADS } from '../lexicon/roles';

const VERBS = new Set(REPORTING_VERBS.filter((v) => !v.includes(' ')));
const NP_POS = new Set(['DET', 'ADJ', 'NOUN', 'PROPN', 'NUM', 'PRON']);
const SKIPPED_BEFORE_VERB = new Set(['ADV', 'AUX', 'PART']);
const FRAME_END = /^[,.;:!?)"”(]$/;
const FRAMES = SOURCE_FRAMES.map((phrase) => ({ phrase, re: new RegExp(`\\b${phrase}\\b`) }));
const ANY_FRAME = new RegExp(`\\b(?:${SOURCE_FRAMES.join('|')})\\b`, 'i');

/** Who a statement is credited to, and by which verb or frame; null when the text is not attributed. */
export function findAttribution(text: string, offset = 0, memo?: TextMemo): Attribution | null {
  const { tokens } = analyzeText(text, memo);
  const found: Attribution[] = [];
  const frame = findFrame(text, tokens) ?? headlineSource(text);
  if (frame) found.push(frame);
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    if (!VERBS.has(t.lower) || (t.pos !== 'VERB' && t.lower !== 'said' && t.lower !== 'says')) continue;
    if (CLAUSE_ONLY_VERBS.has(t.lower) && !/^(?:that|:|"|“)$/.test(tokens[i + 1]?.text ?? '')) continue;
    // "an estimated 3,000", "the reported attack": a participle inside a noun phrase, not a reporting verb.
    if (
      tokens[i - 1]?.pos === 'DET' ||
      (/^(?:NUM|NOUN|PROPN|ADJ)$/.test(tokens[i + 1]?.pos ?? '') && tokens[i - 1]?.pos === 'DET')
    )
      continue;
    const attribution = subjectBefore(text, tokens, i) ?? subjectAfter(text, tokens, i);
    if (attribution) {
      found.push(attribution);
      break;
    }
  }
  if (found.length === 0) return null;
  const first = found.sort((a, b) => a.start - b.start)[0];
  return { ...first, start: first.start + offset, end: first.end + offset };
}

/** Headline style "Cops: Queens Woman Killed In Hit-And-Run" / "Police: suspect fled". */
const HEADLINE_SOURCE = /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){0,2}):\s+\S+(?:\s+\S+){2,}/u;

function headlineSource(text: string): Attribution | null {
  const m = HEADLINE_SOURCE.exec(text);
  if (!m || NOT_HEADLINE_SOURCES.test(m[1])) return null;
  // A label ending in a lower-case word is a topic ("Kellby flood:") unless that word is one that speaks.
  const last = m[1].split(/\s+/).pop()!;
  if (/^\p{Ll}/u.test(last) && !HEADLINE_SPEAKERS.has(last)) return null;
  return { source: m[1], verb: ':', start: 0, end: m[1].length + 1 };
}

function findFrame(text: string, tokens: TextToken[]): Attribution | null {
  if (!ANY_FRAME.test(text)) return null;
  const lower = text.toLowerCase();
  for (const { phrase, re } of FRAMES) {
    const at = lower.search(re);
    if (at < 0) continue;
    const after = at + phrase.length;
    let i = tokens.findIndex((t) => t.start >= after);
    if (i < 0) continue;
    const first = i;
    while (i < tokens.length && i < first + 12 && !FRAME_END.test(tokens[i].text)) {
      // Stop before a new clause: "according to police, who ..." is handled by the comma; "...the agency said".
      if (tokens[i].pos === 'VERB' && i > first) break;
      i++;
    }
    if (i === first) continue;
    const source = text.slice(tokens[first].start, tokens[i - 1].end);
    if (NOT_SOURCES.has(source.toLowerCase())) continue;
    return { source, verb: phrase, start: at, end: tokens[i - 1].end };
  }
  return null;
}

/** "Microsoft concluded that", "police said", "Defense Minister Niko Peleshi said", "cops and family said". */
function subjectBefore(text: string, tokens: TextToken[], verb: number): Attribution | null {
  let k = verb - 1;
  while (k >= 0 && SKIPPED_BEFORE_VERB.has(tokens[k].pos) && !/^['’]s$/.test(tokens[k].text)) {
    // "the price was not disclosed": a passive reports nobody's statement.
    if (/^(?:is|was|were|are|be|been|being|am)$/i.test(tokens[k].text)) return null;
    k--;
  }
  const end = k;
  let start = -1;
  while (k >= 0) {
    const t = tokens[k];
    const joins =
      /^(?:and|&|of|in|for|at|from|['’]s|-|\.)$/i.test(t.text) && k > 0 && NP_POS.has(tokens[k - 1].pos);
    if (NP_POS.has(t.pos) || joins) {
      const possessive = /^(?:his|her|their|its|our|my|your)$/i.test(t.text);
      if (possessive && k < end) {
        start = k; // "his brother told reporters"
        break;
      }
      if (t.pos === 'PRON' && k < end) break; // a pronoun only as the whole subject ("he said")
      if (t.pos === 'PRON' && !/^(?:he|she|they|we|i|you|officials|someone|police)$/i.test(t.text)) break;
      if (/^(?:who|which|that|what)$/i.test(t.text)) break;
      start = k;
      k--;
      if (t.pos === 'PRON') break;
    } else break;
  }
  if (start < 0 || end < start) return null;
  // Drop leading words that belong to the clause before: "The grandkids were..., a family friend said" keeps "a family friend".
  const source = text.slice(tokens[start].start, tokens[end].end);
  if (NOT_SOURCES.has(source.toLowerCase())) return null;
  return { source, verb: tokens[verb].lower, start: tokens[start].start, end: tokens[verb].end };
}

/** Inverted order after a quote or clause: "..., said her nephew, Ravi Singh, 32," -> "her nephew, Ravi Singh". */
function subjectAfter(text: string, tokens: TextToken[], verb: number): Attribution | null {
  const prev = tokens[verb - 1]?.text ?? '';
  if (verb > 0 && !/^[,"”'’:]$/.test(prev)) return null;
  let k = verb + 1;
  const start = k;
  while (k < tokens.length && NP_POS.has(tokens[k].pos) && !/^(?:that|who|which)$/i.test(tokens[k].lower))
    k++;
  if (k === start) return null;
  let end = k - 1;
  // "her nephew, Ravi Singh": a role followed by the name.
  if (ROLE_HEADS.has(tokens[end].lower) && tokens[k]?.text === ',' && tokens[k + 1]?.pos === 'PROPN') {
    k++;
    while (k < tokens.length && tokens[k].pos === 'PROPN') k++;
    end = k - 1;
  }
  const source = text.slice(tokens[start].start, tokens[end].end);
  if (NOT_SOURCES.has(source.toLowerCase()) || (tokens[start].pos === 'DET' && start === end)) return null;
  return { source, verb: tokens[verb].lower, start: tokens[verb].start, end: tokens[end].end };
}
