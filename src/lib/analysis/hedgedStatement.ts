// What one side hedges and the other states plainly: a certainty discrepancy of a fact (certaintyConflicts), read
// in four frames (hedgedStatement), with the checks that keep a plain statement from being read where the other side
// says something else (another doer, another voice, an event noun, a reported allegation).
import { analyzeText, type TextMemo, type TextToken } from './features/analyzeText';
import { PAST_TENSE_NOUNS } from './lexicon/pastTenseNouns';
import { negatedAt } from './features/findNegation';
import { lemmatize } from './lemmatize';
import { STOPWORDS } from './profileSentence';
import type { Claim } from './types';

/** Evidential and epistemic adverbs that hedge the act of the verb after them ("allegedly struck", "probably
 * caused") or the property of the adjective ("an allegedly drunk driver"). */
const HEDGE_ADVERBS =
  'allegedly|reportedly|apparently|purportedly|supposedly|possibly|probably|presumably|likely';
const PROPERTY_HEDGE = new RegExp(String.raw`\b(?:${HEDGE_ADVERBS}|suspected|alleged)\s+$`, 'i');
const ACT_HEDGE = new RegExp(`^(?:${HEDGE_ADVERBS})$`);
/** "on suspicion of", "suspected of", "accused of", "on allegations of": the grounds of an arrest or charge. */
const GROUNDS_HEDGE = /\b(?:suspicion|suspected|accused|allegations?)\s+of\s+$/i;

/**
 * One side hedges what the other states plainly (GUIDE: one outlet states as fact what another reports as
 * alleged), in four frames a phrase can be read in:
 * - a property: "an allegedly drunk driver" / "a drunk driver";
 * - who did it, as a noun: "the alleged driver" / "the driver" (AGENT_NOUN);
 * - an act: "the man who allegedly struck her" / "the man who struck her" (the same verb), also one that may have
 *   happened: "may have fled", "is believed to have fled" / "fled";
 * - the grounds of one act: "arrested on suspicion of drunk driving" / "arrested for DUI" (the same verb).
 * A noun that names the event is not enough: who did an act ("suspected of shooting") is another question than
 * whether the act happened ("the shooting"), which words alone do not tell apart.
 */
export function hedgedStatement(h: Claim, p: Claim, memo?: TextMemo): [string, string] | null {
  if (h.certainty !== 'hedged' || p.certainty === 'hedged' || p.certainty === 'denied') return null;
  const hedged = analyzeText(h.text, memo).tokens;
  const plain = analyzeText(p.text, memo).tokens;
  const plainAt = (k: number) =>
    !negatedAt(plain, k) &&
    // "I was scared": a speaker about themself, not the outlet about the person the other side hedges.
    !plain.slice(Math.max(0, k - 3), k).some((o) => /^(?:i|we)$/.test(o.lower)) &&
    !PROPERTY_HEDGE.test(p.text.slice(Math.max(0, plain[k].start - 14), plain[k].start)) &&
    !(k > 0 && ACT_HEDGE.test(plain[k - 1].lower)) &&
    // "members can invoke the act": what may be done, not what was.
    !(k > 0 && MODAL.test(plain[k - 1].lower)) &&
    !insideAllegation(plain, k) &&
    // "the coroner said he believes that LaRue died": a belief, not a plain statement.
    !plain.slice(Math.max(0, k - 5), k).some((o) => o.pos === 'VERB' && BELIEVE.test(o.lemma)) &&
    !IMPERSONAL_HEDGE.test(p.text.slice(0, plain[k].start));
  for (let i = 0; i < hedged.length; i++) {
    const t = hedged[i];
    if (t.pos === 'ADJ') {
      const hedge = PROPERTY_HEDGE.exec(h.text.slice(Math.max(0, t.start - 14), t.start));
      if (!hedge) continue;
      const lemma = lemmatize(t.lower);
      const k = plain.findIndex((o) => o.pos === 'ADJ' && lemmatize(o.lower) === lemma);
      if (k >= 0 && plainAt(k)) return [`${hedge[0]}${t.text}`, plain[k].text];
    } else if (t.pos === 'NOUN' && AGENT_NOUN.test(t.lemma) && agentHedged(hedged, i)) {
      const k = plain.findIndex((o, j) => o.pos === 'NOUN' && o.lemma === t.lemma && !agentHedged(plain, j));
      if (k >= 0 && plainAt(k))
        return [h.text.slice(hedged[agentHedged(hedged, i)!].start, t.end), plain[k].text];
    } else if (
      (t.pos === 'VERB' || (PAST_TENSE_NOUNS.has(t.lower) && hedged[i - 1]?.lower === 'have')) &&
      i > 0
    ) {
      // "will likely invoke", "would probably give" predict, and a negated possibility ("None of the teams has
      // been reported to have offered more") denies: neither hedges what was done.
      const hedge = ACT_HEDGE.test(hedged[i - 1].lower)
        ? MODAL.test(hedged[i - 2]?.lower ?? '')
          ? undefined
          : i - 1
        : h.negated
          ? undefined
          : possibleAct(hedged, i);
      if (hedge === undefined) continue;
      // "is thought to have shot": after "have", a past tense the tagger read as a noun is the verb.
      const actLemma = t.pos === 'VERB' ? t.lemma : lemmatize(t.lower);
      const k = plain.findIndex(
        (o, j) =>
          (o.pos === 'VERB' ? o.lemma : actingPastTense(plain, j)) === actLemma &&
          !isGerundNoun(plain, j) &&
          isPassive(hedged, i) === isPassive(plain, j) &&
          sameSubject(subjectOf(hedged, hedge), subjectOf(plain, j))
      );
      if (k >= 0 && plainAt(k)) return [h.text.slice(hedged[hedge].start, t.end), plain[k].text];
    }
  }
  const reading: Reading = { hText: h.text, hedged, pText: p.text, plain, plainAt };
  return hedgedPredicate(reading) ?? hedgedGrounds(reading);
}

/** Both sides as the frame readers below compare them: each text and its tokens, and which plain tokens state a
 * thing plainly (not negated, hedged or inside an allegation). */
interface Reading {
  hText: string;
  hedged: readonly TextToken[];
  pText: string;
  plain: readonly TextToken[];
  plainAt: (k: number) => boolean;
}

/**
 * Where the hedge of a past act starts, when the verb at `k` is one that may have happened: "may have caused",
 * "might have been set" (a modal with the perfect), "is believed to have started" (a belief with the perfect).
 */
function possibleAct(tokens: readonly TextToken[], k: number): number | undefined {
  let j = k - 1;
  if (tokens[j]?.lower === 'been') j--;
  if (tokens[j]?.lower !== 'have') return undefined;
  // Not "could have": "could have been much worse", "could have taken lives" say what did not happen.
  if (/^(?:may|might)$/.test(tokens[j - 1]?.lower ?? '')) return j - 1;
  const believed = tokens[j - 1]?.lower === 'to' && BELIEF_VERB.test(tokens[j - 2]?.lower ?? '');
  return believed && isBe(tokens[j - 3]) ? j - 3 : undefined;
}

/**
 * The lemma of a past tense the tagger read as a noun where it acts, between its doer (which the tagger may read as
 * an adjective: "The suspect/ADJ shot") and what it is done to ("shot three people"); undefined for a noun ("a shot").
 */
function actingPastTense(tokens: readonly TextToken[], k: number): string | undefined {
  const [before, after] = [tokens[k - 1], tokens[k + 1]];
  return PAST_TENSE_NOUNS.has(tokens[k].lower) &&
    /^(?:NOUN|PROPN|PRON|ADJ)$/.test(before?.pos ?? '') &&
    /^(?:NUM|DET|PRON|PROPN|NOUN)$/.test(after?.pos ?? '')
    ? lemmatize(tokens[k].lower)
    : undefined;
}

/** A verb "to be" ("was", "is", "be"). */
const isBe = (t: TextToken | undefined) => t?.pos === 'AUX' && t.lemma === 'be';

const MODAL = /^(?:would|could|might|may|should|will|can|must)$/;

/** Verbs of a belief someone states, right before what they believe ("he believes that", "police think"). */
const BELIEVE = /^(?:believe|think|suspect)$/;

/** Participles that report a predicate as believed ("was believed to be", "is thought to be"). */
const BELIEF_VERB = /^(?:believed|thought|understood|said|reported|alleged|suspected|presumed|rumou?red)$/;

/** The head of a predicate after a verb "to be" at `k`: the first noun or adjective within four words (past
 * articles and adjectives before a noun), if nothing else stands between. */
function predicateHead(tokens: readonly TextToken[], k: number): number | undefined {
  for (let j = k + 1; j < tokens.length && j <= k + 4; j++) {
    if (tokens[j].pos === 'NOUN') return j;
    if (tokens[j].pos === 'ADJ' && tokens[j + 1]?.pos !== 'NOUN' && tokens[j + 1]?.pos !== 'ADJ') return j;
    if (!/^(?:DET|ADJ|ADV)$/.test(tokens[j].pos)) return undefined;
  }
  return undefined;
}

/**
 * What someone is, hedged: "the gunman was reportedly a former employee" or "was believed to be a former employee" /
 * "the gunman was a former employee" (the same head after a verb "to be", the same subject).
 */
function hedgedPredicate({ hText, hedged, pText, plain, plainAt }: Reading): [string, string] | null {
  for (let i = 1; i < hedged.length; i++) {
    // "was reportedly a former employee", or "was believed to be a former employee": the predicate after the
    // hedge (i), the subject before the verb that carries it (verb).
    const adverb = ACT_HEDGE.test(hedged[i].lower) && isBe(hedged[i - 1]);
    const believed =
      isBe(hedged[i]) && hedged[i - 1]?.lower === 'to' && BELIEF_VERB.test(hedged[i - 2]?.lower ?? '');
    if (!adverb && !believed) continue;
    const head = predicateHead(hedged, i);
    if (head === undefined) continue;
    const lemma = lemmatize(hedged[head].lower);
    const verb = adverb ? i - 1 : i - 2;
    for (let k = 1; k < plain.length; k++) {
      // "would be the longest" says what may be, not what is.
      if (!isBe(plain[k]) || MODAL.test(plain[k - 1].lower)) continue;
      if (!sameSubject(subjectOf(hedged, verb), subjectOf(plain, k))) continue;
      const stated = predicateHead(plain, k);
      if (stated === undefined || lemmatize(plain[stated].lower) !== lemma || !plainAt(stated)) continue;
      return [
        hText.slice(hedged[adverb ? i : i - 2].start, hedged[head].end),
        pText.slice(plain[k + 1].start, plain[stated].end)
      ];
    }
  }
  return null;
}

/** Who did a crime, as a noun: "the alleged driver" / "the driver" says whether the arrested man did it. */
const AGENT_NOUN =
  /^(?:driver|gunman|gunmen|shooter|killer|attacker|assailant|robber|thief|thieves|burglar|bomber|hijacker|kidnapper|arsonist|hacker|murderer|culprit|perpetrator|rapist|sniper)$/;
const AGENT_HEDGE = /^(?:alleged|suspected|accused|purported|presumed|reputed)$/;

/** The index of the hedge before the agent noun at `k` ("the suspected drunk driver"), if any. */
function agentHedged(tokens: readonly TextToken[], k: number): number | undefined {
  for (let j = k - 1; j >= Math.max(0, k - 3); j--) {
    if (AGENT_HEDGE.test(tokens[j].lower)) return j;
    if (!/^(?:ADJ|NOUN|PROPN)$/.test(tokens[j].pos)) return undefined;
  }
  return undefined;
}

/** Words that report the plain side as someone's allegation or belief: "police allegations that Gray pointed". */
const ALLEGATION_FRAME =
  /^(?:allegations?|alleges?|alleging|claims?|claimed|claiming|accused|accusations?|contests?|contested|disputes?|disputed|thought|believed|suspicion|suspected|suspects?|charged|rumou?rs?|speculat(?:es?|ed|ing|ion))$/;

/** "It is thought the lines have all been cut": the whole sentence is a belief. */
const IMPERSONAL_HEDGE = /\bit is (?:thought|believed|understood|alleged|claimed|suspected)\b/i;

/** The word at `k` stands in a frame that reports it as alleged or believed (up to eight words before it). */
function insideAllegation(tokens: readonly TextToken[], k: number): boolean {
  for (let j = k - 1; j >= Math.max(0, k - 8); j--) {
    if (tokens[j].type === 'punctuation') return false;
    // "The suspect fled": the person, not a suspicion.
    if (
      ALLEGATION_FRAME.test(tokens[j].lower) &&
      !(/^suspects?$/.test(tokens[j].lower) && tokens[j].pos !== 'VERB')
    )
      return true;
  }
  return false;
}

/** "the Kraft shooting", "Factory Shooting": an -ing form after a determiner, noun or adjective names an event. */
function isGerundNoun(tokens: readonly TextToken[], k: number): boolean {
  return (
    /ing$/.test(tokens[k].lower) &&
    k > 0 &&
    (/^(?:DET|NOUN|PROPN|ADJ|NUM)$/.test(tokens[k - 1].pos) || /^['’]s$/.test(tokens[k - 1].lower))
  );
}

/**
 * "was cut", "a mother of 12 killed in crossfire": the verb at `k` tells what was done to someone, which is another
 * question than who did it ("gang members who allegedly killed her").
 */
function isPassive(tokens: readonly TextToken[], k: number): boolean {
  if (/ing$/.test(tokens[k].lower)) return false;
  let j = k - 1;
  while (j >= 0 && (tokens[j].pos === 'ADV' || tokens[j].pos === 'PART')) j--;
  if (isBe(tokens[j])) return true;
  // A bare participle right after its noun, with no object: "victims killed in the crossfire".
  const [before, after] = [tokens[k - 1], tokens[k + 1]];
  return (
    /^(?:NOUN|NUM)$/.test(before?.pos ?? '') &&
    /(?:ed|en)$/.test(tokens[k].lower) &&
    (!after || after.type === 'punctuation' || /^(?:ADP|CCONJ)$/.test(after.pos))
  );
}

/**
 * The subject word of the verb at `k`: the nearest noun or pronoun before it in its clause, if any; a relative
 * pronoun stands for the noun before it ("Gangbangers who allegedly killed").
 */
function subjectOf(tokens: readonly TextToken[], k: number): TextToken | undefined {
  let from = k;
  // Past an aside set off by commas, right before the verb or its auxiliary ("The Orioles, according to reports,
  // have offered").
  if (tokens[k - 1]?.text === ',' || tokens[k - 2]?.text === ',') {
    const close = tokens[k - 1]?.text === ',' ? k - 1 : k - 2;
    let open = close - 1;
    while (open >= Math.max(1, close - 6) && tokens[open].text !== ',') open--;
    // A clause with a verb of its own is no aside ("where Comeaux took their weapons, handcuffed them"), but a
    // source is ("according to reports").
    const aside = tokens.slice(open + 1, close);
    if (tokens[open]?.text === ',' && (aside[0]?.lemma === 'accord' || !aside.some((t) => t.pos === 'VERB')))
      from = open;
  }
  for (let j = from - 1; j >= Math.max(0, from - 6); j--) {
    const t = tokens[j];
    if (/^(?:who|that|which)$/.test(t.lower)) {
      const antecedent = tokens[j - 1];
      return antecedent && /^(?:NOUN|PROPN)$/.test(antecedent.pos) ? antecedent : undefined;
    }
    if (t.type === 'punctuation' || t.pos === 'VERB' || t.pos === 'ADP' || t.pos === 'SCONJ')
      return undefined;
    if (t.pos === 'NOUN' || t.pos === 'PROPN' || t.pos === 'PRON') return t;
  }
  return undefined;
}

/**
 * Two named subjects must be the same word ("Lopez targeted" / "Lopez was allegedly targeting"); a pronoun or an
 * unread subject may be anyone. "victims killed" / "gang members allegedly killed" are two acts.
 */
function sameSubject(a: TextToken | undefined, b: TextToken | undefined): boolean {
  if (!a || !b || a.pos === 'PRON' || b.pos === 'PRON') return true;
  return lemmatize(a.lower) === lemmatize(b.lower);
}

/** "arrested on suspicion of drunk driving" / "arrested for DUI": the same act, its grounds hedged on one side. */
function hedgedGrounds({ hText, hedged, pText, plain, plainAt }: Reading): [string, string] | null {
  for (let i = 1; i < hedged.length; i++) {
    const cue = GROUNDS_HEDGE.exec(hText.slice(Math.max(0, hedged[i].start - 24), hedged[i].start));
    if (!cue) continue;
    const act = actBefore(hedged, i - 2);
    const grounds = act && groundsAt(hText, hedged, i);
    if (!grounds) continue;
    for (let k = 1; k < plain.length; k++) {
      if (plain[k - 1].lower !== 'for' || !plainAt(k)) continue;
      if (actBefore(plain, k - 2)?.lemma !== act.lemma) continue;
      const stated = groundsAt(pText, plain, k);
      if (stated?.canonical !== grounds.canonical) continue;
      return [
        `${cue[0]}${hText.slice(hedged[i].start, grounds.end)}`,
        pText.slice(plain[k - 1].start, stated.end)
      ];
    }
  }
  return null;
}

/** The verb an arrest-like phrase hangs on: the nearest verb at most four tokens before `k` (inclusive). */
function actBefore(tokens: readonly TextToken[], k: number): TextToken | undefined {
  for (let j = k; j >= Math.max(0, k - 4); j--) {
    if (tokens[j].type === 'punctuation') return undefined;
    if (tokens[j].pos === 'VERB') return tokens[j];
  }
  return undefined;
}

/** Drink-driving is named many ways; other grounds compare by their content lemmas. */
const DRUNK_DRIVING =
  /^(?:dui|dwi|owi|drunk(?:en)?[- ]driving|drink[- ]?driving|driving under the influence(?: of alcohol)?|driving while (?:intoxicated|impaired))\b/i;

/**
 * The grounds named from token `k`: up to the first punctuation, preposition or clause word (at most five words),
 * compared by content lemmas; `end` is where they end in `text`.
 */
function groundsAt(
  text: string,
  tokens: readonly TextToken[],
  k: number
): { canonical: string; end: number } | null {
  const drunk = DRUNK_DRIVING.exec(text.slice(tokens[k].start));
  if (drunk) return { canonical: 'drunk driving', end: tokens[k].start + drunk[0].length };
  const words: TextToken[] = [];
  for (let j = k; j < tokens.length && words.length < 5; j++) {
    const t = tokens[j];
    if (t.type === 'punctuation' || t.pos === 'ADP' || t.pos === 'SCONJ' || t.pos === 'CCONJ') break;
    words.push(t);
  }
  const content = words.filter((t) => !STOPWORDS.has(t.lower));
  if (!content.length) return null;
  return { canonical: content.map((t) => lemmatize(t.lower)).join(' '), end: words.at(-1)!.end };
}
