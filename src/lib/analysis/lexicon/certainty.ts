// Hedge and denial cues (lower-case regular-expression sources, matched on word boundaries).

export const HEDGES = [
  'alleged',
  'allegedly',
  'suspected',
  'suspect(?= (?:in|of)\\b)',
  'reportedly',
  'reported to',
  'may',
  'might',
  'could',
  'believed to',
  // "Police believe the fire was set", "investigators suspect that": a belief someone states, before its clause.
  '(?:believes?|believed|thinks?|suspect)(?= (?:that|the|a|an|he|she|it|they|his|her|their|this|these|those)\\b)',
  'thought to',
  'said to be',
  'possibly',
  'possible',
  'apparently',
  'apparent',
  'likely',
  'unlikely',
  'probably',
  'probable',
  'unconfirmed',
  'appears? to',
  'seems? to',
  'presumably',
  'purportedly',
  'supposedly',
  'rumou?red',
  'perhaps',
  'would appear',
  'unverified',
  'claimed to',
  'is understood to',
  'expected to',
  'feared',
  'suspicion of'
];

/**
 * "Denied bail", "denies them entry", "denying the motion", "denied ImClone's drug application", "denied a Nichols
 * offer", "deny it the protections": refusing something, not denying what is reported.
 */
const REFUSED =
  '(?! (?:him |her |them |us )?(?:bail|parole|entry|access|permission|boarding|treatment|service|visas?|(?:an?|the|his|her|their|its|[\\w.&-]+[\\u0027’]s) (?:\\w+ )?(?:appeal|motion|request|application|permit|licen[cs]e|visa|hearing|offer|bid|plea))\\b)(?! (?:him|her|them|us|it|me|you) (?:the|a|an|any)\\b)';

export const DENIALS = [
  `denied${REFUSED}`,
  `denies${REFUSED}`,
  `deny${REFUSED}`,
  `denying${REFUSED}`,
  'rejected (?:the )?(?:claims?|allegations?|reports?|accusations?)',
  'rejects (?:the )?(?:claims?|allegations?|reports?|accusations?)',
  'refuted',
  'refutes',
  'dismissed (?:the )?(?:claims?|allegations?|reports?|rumou?rs?|suggestions?)',
  'discounted (?:the )?(?:claims?|allegations?|reports?|rumou?rs?|suggestions?)',
  'no evidence (?:that|of)',
  'false claims?',
  'categorically',
  'had (?:absolutely )?nothing to do with',
  'was not (?:behind|involved|responsible)',
  'were not (?:behind|involved|responsible)',
  'is not (?:behind|involved|responsible)',
  'did not (?:carry out|commit|launch|order|attack)'
];

/** Any denial cue (DENIALS) on word boundaries; add the 'g' flag with `new RegExp(DENIAL.source, 'gi')`. */
export const DENIAL = new RegExp(`\\b(?:${DENIALS.join('|')})\\b`, 'i');
