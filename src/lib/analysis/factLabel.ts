import type { Claim, Fact } from './types';

const LABEL_MAX = 160;

/** A fact's label: its central claim's text, shortened to LABEL_MAX characters. */
export function factLabel(central: Claim): string {
  return central.text.length > LABEL_MAX
    ? central.text.slice(0, LABEL_MAX - 1).trimEnd() + '…'
    : central.text;
}

/**
 * The member a fact's label was made from, as the engine chose it: the first primary member (not listed in
 * `secondary`) whose label is the fact's. Undefined when none is (people's corrections removed it).
 */
export function labelledMember(
  fact: Pick<Fact, 'label' | 'secondary'>,
  members: readonly Claim[]
): Claim | undefined {
  const secondary = new Set(fact.secondary ?? []);
  return members.find((c) => !secondary.has(c.id) && factLabel(c) === fact.label);
}
