/**
 * Verbs that move a figure up or down, by lemma. WordNet's most frequent senses do not make "fall" and "drop", or
 * "rise" and "jump", synonyms, yet "shares fell 5%" and "shares dropped 6%" report one change, "fell to 7.5
 * percent" / "dropped to 7.6 percent" one level and "will cut 1,200 jobs" / "will eliminate 1,500 jobs" one cut:
 * two verbs of one direction are one action for a figure (quantitySlots' sameAction).
 */
export const CHANGE_DIRECTION: Record<string, 'up' | 'down'> = Object.fromEntries([
  ...[
    'rise',
    'increase',
    'climb',
    'jump',
    'soar',
    'surge',
    'gain',
    'grow',
    'rally',
    'advance',
    'spike',
    'rocket',
    'leap',
    'swell',
    'balloon',
    'raise',
    'boost',
    'hike'
  ].map((v) => [v, 'up'] as const),
  ...[
    'fall',
    'drop',
    'decline',
    'decrease',
    'slip',
    'slide',
    'sink',
    'dip',
    'plunge',
    'plummet',
    'tumble',
    'shrink',
    'slump',
    'shed',
    'retreat',
    'dive',
    'cut',
    'slash',
    'eliminate',
    'axe',
    'trim',
    'reduce',
    'lower'
  ].map((v) => [v, 'down'] as const)
]);

/** A verb of change as written, a regular-expression source: "increasing", "rose", "fell", "dropped". */
export const CHANGE_VERB = String.raw`(?:(?:increas|ris|grow|jump|fall|dropp|declin|climb|surg|soar|plung|shrink)(?:e|es|ed|ing|s)?|rose|grew|fell|shrank)`;
