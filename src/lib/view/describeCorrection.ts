// A correction in words people use, for the History and Corrections pages: what was done, and the claims it
// names quoted from the current analysis with a link to the fact each is in now (instead of "kind: merge;
// claims: 6:284-357" and the stored JSON).
import { claimRefKey, type ClaimRef, type Correction } from '../analysis/corrections';
import type { AnalysisResult } from '../analysis/types';
import { factHref } from './links';
import { VERDICT_STYLES } from './verdictStyles';

export interface QuotedClaim {
  /** The claim's words (shortened), or null when the current analysis has no claim there. */
  quote: string | null;
  outlet: string | null;
  /** The fact page of the fact holding the claim now, when it is in one. */
  href: string | null;
}

export interface CorrectionWords {
  summary: string;
  claims: QuotedClaim[];
}

/** Claim text, outlet and fact by claim position ("articleId:start-end"), from an analysis. */
export type ClaimsByRef = Map<string, { text: string; outlet: string; fact: string | null }>;

export function claimsByRef(result: Pick<AnalysisResult, 'articles' | 'facts'> | null): ClaimsByRef {
  const out: ClaimsByRef = new Map();
  if (!result) return out;
  const factOf = new Map<string, string>();
  for (const g of result.facts) for (const id of g.claims) if (!factOf.has(id)) factOf.set(id, g.id);
  for (const a of result.articles)
    for (const c of a.claims)
      out.set(claimRefKey(c), { text: c.text, outlet: c.outlet, fact: factOf.get(c.id) ?? null });
  return out;
}

const QUOTE_CHARS = 140;

function shorten(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return t.length <= QUOTE_CHARS ? t : `${t.slice(0, QUOTE_CHARS - 1).trimEnd()}…`;
}

function quoted(ref: ClaimRef, claims: ClaimsByRef, eventId: number): QuotedClaim {
  const c = claims.get(claimRefKey(ref));
  if (!c) return { quote: null, outlet: null, href: null };
  return { quote: shorten(c.text), outlet: c.outlet, href: c.fact ? factHref(eventId, c.fact) : null };
}

function plural(n: number, one: string, many: string): string {
  return n === 1 ? one : many.replace('#', String(n));
}

export function describeCorrection(c: Correction, claims: ClaimsByRef, eventId: number): CorrectionWords {
  const quote = (refs: ClaimRef[]) => refs.map((r) => quoted(r, claims, eventId));
  switch (c.kind) {
    case 'merge':
      return {
        summary: `Put ${plural(c.claims.length, 'this claim', 'these # claims')} in one fact`,
        claims: quote(c.claims)
      };
    case 'split':
      return {
        summary:
          c.claims.length === 1
            ? 'Took this claim out of its fact, into a fact of its own'
            : `Took these ${c.claims.length} claims out of their facts, into one fact of their own`,
        claims: quote(c.claims)
      };
    case 'move':
      return c.to
        ? { summary: 'Moved the first claim into the fact of the second', claims: quote([c.claim, c.to]) }
        : { summary: 'Moved this claim into a fact of its own', claims: quote([c.claim]) };
    case 'verdict':
      return {
        summary: `Set ${c.outlet}’s verdict on this claim’s fact to “${VERDICT_STYLES[c.verdict].label}”`,
        claims: quote([c.claim])
      };
    case 'add-discrepancy':
      return {
        summary: `Added a ${c.type} discrepancy between these claims: “${c.values[0]}” against “${c.values[1]}”`,
        claims: quote(c.claims)
      };
    case 'dismiss-discrepancy':
      return { summary: `Dismissed the ${c.type} discrepancy between these claims`, claims: quote(c.claims) };
    case 'claim-kind':
      return {
        summary: `Marked this sentence as ${c.to === 'claim' ? 'a claim' : 'not a claim'}`,
        claims: quote([c.claim])
      };
    case 'span':
      return {
        summary: `Changed where this claim starts and ends, to “${shorten(c.text)}”`,
        claims: quote([c.claim])
      };
  }
}
