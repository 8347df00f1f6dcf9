import type { ArticleInput, Attribution, Claim, NonClaimReason, SentenceSpan, Span } from './types';
import { splitSentences } from './splitSentences';
import { classifyNonClaim } from './classifyNonClaim';
import { splitClauses } from './features/splitClauses';
import { extractFeatures } from './features/extractFeatures';
import { findAttribution } from './features/findAttribution';
import { findQuotes } from './features/findQuotes';
import { analyzeSpans, analyzeText, type TextMemo } from './features/analyzeText';
import { LEADING_DATELINE } from './lexicon/nonClaims';

/** How many trailing paragraphs count as "the end of the article" for outlet furniture and appeals. */
const LAST_PARAGRAPHS = 3;
const APPEALS: NonClaimReason[] = ['outlet-appeal', 'share-prompt'];
/** What may follow a sentence-final reporting verb: "said.", "told Reuters.", "said in a statement on Friday." */
const CLOSING_TAIL =
  /^(?:\s+\p{Lu}[\p{L}.]*)?(?:\s+(?:in|on|at|to|during|after|late|earlier|later|via|by)\b[^,;]{0,40})?\s*[.!"”’]*$/u;

interface Unit extends Span {
  sentence: number;
  paragraph: number;
  reason: NonClaimReason | null;
  /** Attribution of the whole sentence or quotation, inherited by clauses that have none of their own. */
  inherited: Attribution | null;
  /** The unit is (part of) a direct quotation. */
  quoted: boolean;
}

/**
 * Splits an article into claim units: every sentence becomes one or more units of kind 'claim' or 'non-claim'
 * (with a reason), each with its exact span in `article.text` and its features. `memo` keeps the text analyses
 * (the engine passes its context's; by default they live for this call only).
 */
export function extractClaims(article: ArticleInput, memo: TextMemo = new Map()): Claim[] {
  const { text } = article;
  const sentences = splitSentences(text);
  analyzeSpans(text, sentences, memo);
  const lastParagraph = sentences.length ? sentences[sentences.length - 1].paragraph : 0;
  const reasons = classifySentences(text, sentences, lastParagraph, article.outlet, memo);

  const quotes = quotationSpeakers(text, sentences, memo);

  const units: Unit[] = [];
  sentences.forEach((s, i) => {
    const base = {
      sentence: i,
      paragraph: s.paragraph,
      inherited: quotes[i].speaker,
      quoted: quotes[i].quoted
    };
    if (reasons[i]) {
      units.push({ ...base, start: s.start, end: s.end, reason: reasons[i] });
      return;
    }
    let start = s.start;
    // "WASHINGTON (Reuters) - The president said ..." -> a dateline unit, then the claim.
    const dateline = i < 3 ? LEADING_DATELINE.exec(text.slice(s.start, s.end)) : null;
    if (dateline) {
      const end = s.start + dateline[0].trimEnd().length;
      units.push({ ...base, start: s.start, end, reason: 'dateline' });
      start = s.start + dateline[0].length;
    }
    const clauses = splitClauses(text.slice(start, s.end), start, memo);
    const frame = clauses.length > 1 ? sentenceFrame(text, s.end, clauses, memo) : null;
    for (const c of clauses)
      units.push({ ...base, start: c.start, end: c.end, reason: null, inherited: frame ?? base.inherited });
  });

  analyzeSpans(text, units, memo);
  return units.map((u, index) => {
    const unitText = text.slice(u.start, u.end);
    const features = extractFeatures(unitText, u.start, article.published, memo);
    if (!features.attribution && u.inherited) features.attribution = u.inherited;
    // Quoted speech is someone's statement even when the speaker is named in another sentence, or not at all.
    if ((features.attribution || u.quoted) && features.certainty === 'asserted')
      features.certainty = 'attributed';
    const claim: Claim = {
      id: `${article.id}:c${index}`,
      articleId: article.id,
      outlet: article.outlet,
      text: unitText,
      start: u.start,
      end: u.end,
      kind: u.reason ? 'non-claim' : 'claim',
      sentence: u.sentence,
      paragraph: u.paragraph,
      ...features
    };
    if (u.reason) claim.reason = u.reason;
    return claim;
  });
}

function classifySentences(
  text: string,
  sentences: SentenceSpan[],
  lastParagraph: number,
  outlet: string,
  texts: TextMemo
) {
  let inQuote = false;
  const reasons = sentences.map((s, index) => {
    const sentence = text.slice(s.start, s.end);
    const reason = classifyNonClaim(sentence, {
      index,
      paragraph: s.paragraph,
      isLastParagraphs: s.paragraph > lastParagraph - LAST_PARAGRAPHS,
      inQuote,
      outlet,
      texts
    });
    inQuote = endsInsideQuote(sentence, inQuote);
    return reason;
  });
  // A closing paragraph where the outlet appeals to its readers is an appeal as a whole: its other sentences
  // ("By blocking RT, the EU aims to silence ...") argue the appeal, they do not report the event.
  const byParagraph = new Map<number, number[]>();
  sentences.forEach((s, i) => {
    const members = byParagraph.get(s.paragraph);
    if (members) members.push(i);
    else byParagraph.set(s.paragraph, [i]);
  });
  for (const [paragraph, members] of byParagraph) {
    if (paragraph <= lastParagraph - LAST_PARAGRAPHS || paragraph === 0) continue;
    const appeals = members.filter((i) => APPEALS.includes(reasons[i] as NonClaimReason)).length;
    if (appeals >= 2 || (appeals >= 1 && appeals / members.length >= 0.34)) {
      for (const i of members) reasons[i] ??= 'outlet-appeal';
    }
  }
  return reasons;
}

/**
 * Direct quotations running over several sentences: every sentence of one is credited to the speaker named in
 * any of them ('"We are aware ...", a spokeswoman said.' / 'She said: "We are aware ... We are providing ..."').
 */
function quotationSpeakers(text: string, sentences: SentenceSpan[], memo: TextMemo) {
  const out = sentences.map(() => ({ speaker: null as Attribution | null, quoted: false }));
  let open = false;
  let group: number[] = [];
  const close = () => {
    if (group.length === 0) return;
    let speaker: Attribution | null = null;
    for (const i of group) {
      speaker = findAttribution(text.slice(sentences[i].start, sentences[i].end), sentences[i].start, memo);
      if (speaker) break;
    }
    for (const i of group) out[i] = { speaker, quoted: group.length > 1 || mostlyQuoted(text, sentences[i]) };
    group = [];
  };
  sentences.forEach((s, i) => {
    const sentence = text.slice(s.start, s.end);
    const opensHere = /^["“‘]/.test(sentence) || /[“"]/.test(sentence);
    if (!open && !opensHere) return;
    if (!open || /^["“]/.test(sentence)) close();
    group.push(i);
    open = endsInsideQuote(sentence, open);
    if (!open) close();
  });
  close();
  return out;
}

/** Half or more of the sentence is direct speech (not a scare-quoted term inside a reported sentence). */
function mostlyQuoted(text: string, s: Span): boolean {
  const quoted = findQuotes(text.slice(s.start, s.end)).reduce((n, q) => n + q.end - q.start, 0);
  return quoted * 2 >= s.end - s.start;
}

/** Tracks multi-sentence quotations: is a quotation still open after this sentence? */
function endsInsideQuote(sentence: string, open: boolean): boolean {
  const curly = (sentence.match(/“/g)?.length ?? 0) - (sentence.match(/”/g)?.length ?? 0);
  if (curly !== 0) return curly > 0;
  const straight = sentence.match(/"/g)?.length ?? 0;
  // A sentence opening with a quote mark starts a new quotation, whatever came before.
  const before = /^"/.test(sentence) ? false : open;
  return straight % 2 === 1 ? !before : before;
}

/**
 * The attribution that frames a whole compound sentence: at its start ("Police said A, and B") or at its end
 * ("A, and B, police said"). A source named in the middle only covers its own clause.
 */
function sentenceFrame(text: string, end: number, clauses: Span[], memo: TextMemo): Attribution | null {
  const first = clauses[0];
  const last = clauses[clauses.length - 1];
  const opening = findAttribution(text.slice(first.start, first.end), first.start, memo);
  if (opening && opening.start - first.start < 60 && introducesClause(text, opening, first, memo))
    return opening;
  const closing = findAttribution(text.slice(last.start, last.end), last.start, memo);
  // A closing frame ends the sentence: "..., police said." / "..., he told Reuters on Friday."
  if (closing && closing.start > last.start && CLOSING_TAIL.test(text.slice(closing.end, end)))
    return closing;
  return null;
}

/** "X said (that) <clause>": the verb introduces reported content with its own verb, not a plain object. */
function introducesClause(text: string, a: Attribution, clause: Span, memo: TextMemo): boolean {
  if (a.verb === 'according to') return true;
  const rest = text.slice(a.end, clause.end);
  const { tokens } = analyzeText(rest, memo);
  return tokens.some((t) => t.pos === 'VERB' || t.pos === 'AUX');
}
