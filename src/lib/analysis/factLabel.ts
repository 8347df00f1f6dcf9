import type { Claim, Fact } from './types';

const LABEL_MAX = 160;

/** A fact's label: its central claim's text, shortened to LABEL_MAX characters. */
export function factLabel(central: Claim): string {
  return central.text.length > LABEL_MAX
    ? central.text.slice(0, LABEL_MAX - 1).trimEnd() + '…'
    : central.text;
}

/**
 * The primary members (not listed in `secondary`) whose label is the fact's: the central claim and any member of
 * the same text (the same sentence in two articles, or texts alike up to the label's length).
 */
export function labelledMembers(fact: Pick<Fact, 'label' | 'secondary'>, members: readonly Claim[]): Claim[] {
  const secondary = new Set(fact.secondary ?? []);
  return members.filter((c) => !secondary.has(c.id) && factLabel(c) === fact.label);
}

/**
 * The member a fact's label was made from, as the engine chose it: the first of its labelledMembers. Undefined
 * when there is none (people's corrections removed it).
 */
export function labelledMember(
  fact: Pick<Fact, 'label' | 'secondary'>,
  members: readonly Claim[]
): Claim | undefined {
  return labelledMembers(fact, members)[0];
}
