/** A claim people can pick: its anchor ("<article id>:<start>-<end>", see claimRefKey) and what to show. */
export interface ClaimOption {
  ref: string;
  label: string;
}

/** Another fact, named by one of its claims. */
export interface FactOption {
  claim: string;
  label: string;
}

export function shorten(text: string, max = 90): string {
  return text.length > max ? text.slice(0, max - 1).trimEnd() + '…' : text;
}
