// Reporting verbs and frames that credit a statement to a source.

export const REPORTING_VERBS = [
  'said',
  'says',
  'say',
  'told',
  'tells',
  'stated',
  'states',
  'announced',
  'announces',
  'reported',
  'reports',
  'confirmed',
  'confirms',
  'concluded',
  'concludes',
  'blamed',
  'blames',
  'claimed',
  'claims',
  'added',
  'adds',
  'noted',
  'notes',
  'explained',
  'explains',
  'insisted',
  'insists',
  'warned',
  'warns',
  'denied',
  'denies',
  'admitted',
  'admits',
  'alleged',
  'alleges',
  'estimated',
  'estimates',
  'tweeted',
  'wrote',
  'writes',
  'testified',
  'acknowledged',
  'acknowledges',
  'revealed',
  'reveals',
  'disclosed',
  'declared',
  'declares',
  'asserted',
  'argued',
  'argues',
  'suggested',
  'accused',
  'accuses',
  'maintained',
  'maintains',
  'indicated',
  'indicates',
  'believes',
  'thinks',
  'predicted',
  'predicts',
  'stressed',
  'emphasized',
  'emphasised',
  'assured',
  'recalled',
  'described',
  'alleging',
  'saying',
  'telling',
  'asked',
  'replied',
  'responded',
  'commented',
  'posted',
  'informed',
  'urged',
  'pointed out',
  'found',
  'determined',
  'ruled',
  'assessed',
  'blame',
  'confirm',
  'deny',
  'claim',
  'announce',
  'report'
];

/** REPORTING_VERBS as a set, for lookups. */
export const REPORTING_VERB_SET: ReadonlySet<string> = new Set(REPORTING_VERBS);

/** Verbs that only attribute when followed by a clause or quote, not a plain object ("found the body"). */
export const CLAUSE_ONLY_VERBS = new Set([
  'found',
  'determined',
  'ruled',
  'assessed',
  'posted',
  'described',
  'asked'
]);

/** Prepositional frames: "according to X", "X's spokesman", "citing X". */
export const SOURCE_FRAMES = [
  'according to',
  'citing',
  'as reported by',
  'reported by',
  'quoted by',
  'in the words of'
];

/** Words that cannot be a source on their own. */
export const NOT_SOURCES = new Set([
  'it',
  'this',
  'that',
  'which',
  'what',
  'there',
  'who',
  'as',
  'and',
  'but',
  'also'
]);

/** Labels before a headline's colon that are page furniture, not a source ("Update:", "Video:", "Q:"). */
export const NOT_HEADLINE_SOURCES =
  /^(?:note|update|updated|watch|video|photos?|breaking|exclusive|opinion|analysis|editorial|related|read more|live|pictured|warning|q|a|source|sources|by)$/i;

/**
 * Common nouns that can credit a headline ("Local police: suspect fled", "Queens cops: ..."). A headline's label
 * ending in any other lower-case word names a topic ("Kellby flood: five dead", "Millom double murder: man
 * charged") or a turn of phrase ("It's official: ..."), not who says it.
 */
export const HEADLINE_SPEAKERS = new Set([
  'police',
  'cops',
  'officials',
  'authorities',
  'sources',
  'source',
  'witnesses',
  'witness',
  'report',
  'reports',
  'study',
  'poll',
  'survey',
  'investigators',
  'prosecutors',
  'lawyers',
  'lawyer',
  'experts',
  'doctors',
  'family',
  'neighbours',
  'neighbors',
  'residents',
  'officers',
  'spokesman',
  'spokeswoman',
  'spokesperson'
]);
