// What the side-by-side view's correction panel needs for the selected claim (?claim=<anchor>) and, optionally,
// a claim of another column to relate it to (?with=<anchor>): its fact, that fact's claims, the compared outlets'
// verdicts on it, the discrepancies it is part of, and the event's facts to move it to or merge with.
import { claimRefKey } from '$lib/analysis/corrections';
import { primaryFacts } from '$lib/analysis/primaryFacts';
import type { AnalysisResult, Claim, Fact, Verdict } from '$lib/analysis/types';
import type { ClaimOption, FactOption } from '$lib/components/corrections/options';

export interface SelectedClaim {
  ref: string;
  id: string;
  text: string;
  outlet: string;
  kind: Claim['kind'];
  start: number;
  end: number;
  column: number;
  /** Its own fact (null for a non-claim or a claim in no fact). */
  fact: { id: string; label: string; anchor: string } | null;
}

export interface CompareSelection {
  claim: SelectedClaim;
  other: SelectedClaim | null;
  /** Both claims state the same fact already. */
  sameFact: boolean;
  /** The claims of the selected claim's fact, for a split. */
  factClaims: ClaimOption[];
  /** The compared outlets' verdicts on the selected claim's fact. */
  verdicts: { name: string; verdict: Verdict }[];
  /** Discrepancies of the fact involving the selected claim (and the other one, when chosen). */
  discrepancies: { type: string; claims: [string, string]; values: [string, string] }[];
  /** Every other fact of the event, named by one of its own claims. */
  facts: FactOption[];
}

/** Every sentence unit of the shown columns, for the no-JavaScript picker. */
export interface PickerClaim extends ClaimOption {
  column: number;
  kind: Claim['kind'];
}

export function pickerClaims(columns: { outlet: string; claims: Claim[] }[]): PickerClaim[] {
  return columns.flatMap((col, column) =>
    col.claims.map((c) => ({
      ref: claimRefKey(c),
      label: `${c.kind === 'non-claim' ? '(not a claim) ' : ''}${c.text}`,
      column,
      kind: c.kind
    }))
  );
}

/** A fact's name in the correction forms: one of its own claims (not a secondary member). */
function anchorOf(g: Fact, byId: Map<string, Claim>): string {
  const secondary = new Set(g.secondary ?? []);
  return claimRefKey(byId.get(g.claims.find((id) => !secondary.has(id)) ?? g.claims[0])!);
}

/**
 * The selection, or null when `claimRef` names no sentence of the shown columns. `otherRef` is ignored unless
 * it names a claim of another column.
 */
export function compareSelection(
  result: AnalysisResult,
  columns: { outlet: string; claims: Claim[] }[],
  claimRef: string | null,
  otherRef: string | null
): CompareSelection | null {
  if (!claimRef) return null;
  const byId = new Map(result.articles.flatMap((a) => a.claims).map((c) => [c.id, c]));
  const own = primaryFacts(result.facts);
  const find = (ref: string | null) => {
    if (!ref) return null;
    for (let column = 0; column < columns.length; column++) {
      const c = columns[column].claims.find((x) => claimRefKey(x) === ref);
      if (!c) continue;
      const g = c.kind === 'claim' ? own.get(c.id) : undefined;
      const selected: SelectedClaim = {
        ref,
        id: c.id,
        text: c.text,
        outlet: c.outlet,
        kind: c.kind,
        start: c.start,
        end: c.end,
        column,
        fact: g ? { id: g.id, label: g.label, anchor: anchorOf(g, byId) } : null
      };
      return selected;
    }
    return null;
  };
  const claim = find(claimRef);
  if (!claim) return null;
  const found = find(otherRef);
  const other = found && found.column !== claim.column && found.kind === 'claim' ? found : null;
  const fact = claim.fact ? result.facts.find((g) => g.id === claim.fact!.id)! : null;
  const involved = new Set([claim.id, ...(other ? [other.id] : [])]);
  return {
    claim,
    other,
    sameFact: !!claim.fact && claim.fact.id === other?.fact?.id,
    factClaims: (fact?.claims ?? [])
      .map((id) => byId.get(id)!)
      .map((c) => ({ ref: claimRefKey(c), label: `${c.outlet}: ${c.text}` })),
    verdicts: fact
      ? [...new Set(columns.map((c) => c.outlet))].map((name) => ({
          name,
          verdict: fact.outlets[name] ?? 'absent'
        }))
      : [],
    discrepancies: (fact?.discrepancies ?? [])
      .filter((d) =>
        other ? involved.has(d.claims[0]) && involved.has(d.claims[1]) : d.claims.includes(claim.id)
      )
      .map((d) => ({
        type: d.type,
        claims: [claimRefKey(byId.get(d.claims[0])!), claimRefKey(byId.get(d.claims[1])!)] as [
          string,
          string
        ],
        values: d.values
      })),
    facts: result.facts
      .filter((g) => g.id !== claim.fact?.id)
      .map((g) => ({ claim: anchorOf(g, byId), label: g.label }))
  };
}
