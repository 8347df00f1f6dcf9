// People's corrections to the engine's output, stored as constraints on CLAIMS named by (articleId, start, end).
// Claim spans are stable across re-analysis while an article's text is unchanged, so a correction keeps
// applying when articles are added or the engine changes; applyCorrections reports the ones that no longer can.
import type { ClaimKind, DiscrepancyType, Verdict } from './types';

/** A claim (or any sentence unit) by position: stable while the article's text is unchanged. */
export interface ClaimRef {
  articleId: string;
  start: number;
  end: number;
}

interface CorrectionBase {
  id: string;
  /** Why the person made the change (shown in History). */
  reason?: string;
}

/** "These claims belong together": the facts holding them become one. */
export interface MergeCorrection extends CorrectionBase {
  kind: 'merge';
  claims: ClaimRef[];
}

/** "These claims are apart from the rest of their fact": they leave it and form one new fact. */
export interface SplitCorrection extends CorrectionBase {
  kind: 'split';
  claims: ClaimRef[];
}

/** Moves one claim into the fact holding `to`, or into a fact of its own when `to` is null. */
export interface MoveCorrection extends CorrectionBase {
  kind: 'move';
  claim: ClaimRef;
  to: ClaimRef | null;
}

/** Sets one outlet's verdict on the fact holding `claim`. */
export interface VerdictCorrection extends CorrectionBase {
  kind: 'verdict';
  claim: ClaimRef;
  outlet: string;
  verdict: Verdict;
}

/** Adds a discrepancy between two claims of one fact. */
export interface AddDiscrepancyCorrection extends CorrectionBase {
  kind: 'add-discrepancy';
  claims: [ClaimRef, ClaimRef];
  type: DiscrepancyType;
  values: [string, string];
}

/** Removes the engine's discrepancy of `type` between two claims (in either order). */
export interface DismissDiscrepancyCorrection extends CorrectionBase {
  kind: 'dismiss-discrepancy';
  claims: [ClaimRef, ClaimRef];
  type: DiscrepancyType;
}

/** Marks a sentence unit as a claim or a non-claim. */
export interface ClaimKindCorrection extends CorrectionBase {
  kind: 'claim-kind';
  claim: ClaimRef;
  to: ClaimKind;
}

/**
 * Moves a claim's boundaries. `text` is the article text of the new span, checked by the server when the
 * correction is made (the engine's result carries no article text).
 */
export interface SpanCorrection extends CorrectionBase {
  kind: 'span';
  claim: ClaimRef;
  start: number;
  end: number;
  text: string;
}

export type Correction =
  | MergeCorrection
  | SplitCorrection
  | MoveCorrection
  | VerdictCorrection
  | AddDiscrepancyCorrection
  | DismissDiscrepancyCorrection
  | ClaimKindCorrection
  | SpanCorrection;

export type CorrectionKind = Correction['kind'];

export const CORRECTION_KINDS: readonly CorrectionKind[] = [
  'merge',
  'split',
  'move',
  'verdict',
  'add-discrepancy',
  'dismiss-discrepancy',
  'claim-kind',
  'span'
];

export function claimRefKey(ref: ClaimRef): string {
  return `${ref.articleId}:${ref.start}-${ref.end}`;
}

/** Every claim a correction names (the ones that must still exist for it to apply). */
export function claimsNamedBy(c: Correction): ClaimRef[] {
  switch (c.kind) {
    case 'merge':
    case 'split':
      return c.claims;
    case 'move':
      return c.to ? [c.claim, c.to] : [c.claim];
    case 'add-discrepancy':
    case 'dismiss-discrepancy':
      return [...c.claims];
    case 'verdict':
    case 'claim-kind':
    case 'span':
      return [c.claim];
  }
}
