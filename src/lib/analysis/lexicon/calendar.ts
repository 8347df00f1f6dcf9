// Month names and weekday abbreviations, as regular-expression sources (lower case; callers add flags, boundaries
// and endings): one list each for date finding, datelines and timestamps, and date comparison.
export const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** Time zones as news writes them after a time ("EDT", "AEST", "GMT"): a regular-expression source, case as written. */
export const TIME_ZONES = String.raw`(?:[ECMP][SD]T|A[CEW][SD]T|GMT|UTC|BST|CES?T|EES?T|IST|JST|MSK)\b`;

/** A month's name as a word, in any case ("Oct", "october"). */
export const MONTH_WORD = new RegExp(String.raw`\b(?:${MONTH_NAMES})\b`, 'i');

/** "mon", "tues", "thurs"…: the stem of each weekday name as it is abbreviated. */
export const WEEKDAY_ABBREVIATIONS = 'mon|tues?|wed|thu|thur|thurs|fri|sat|sun';

/**
 * Spans a figure can be counted over that are not the reported happening's whole ("this season", "over the past
 * eight days", "his career", "since Week 11", "in his last two games", "in the second half", "in the first 24
 * hours", "over its opening weekend"): a regular-expression source, matched case-insensitively.
 */
export const PERIODS = String.raw`\b(?:(?:this|last|next)(?: past)? (?:season|year)|(?:over|in|during) the (?:past|last|previous) (?:[\w-]+ )?(?:days|weeks|months|years|seasons|games)|since week \d+|career\b(?!-)|in (?:his|her|their|its|the) (?:last|first|past|previous|next) (?:[\w-]+ )?(?:games|starts|matches|outings|appearances)|through [\w-]+ games|in the (?:first|second) half|after (?:halftime|half-time|intermission)|in the (?:first|second|third|fourth|final) (?:quarter|period|inning|round|set)|in the first [\d½¼¾\s.]+ minutes|(?:in|over|during|on) (?:the|its|their|his|her) (?:first|opening|launch|debut) (?:[\w-]+ ){0,2}?(?:hours|days?|weekend|week|month)\b)`;

/**
 * Phrases that make a figure a running total ("a total of 14 rifles so far", "to date", "a combined 157 games with
 * the Angels and Braves"): counted over everything until now, or over several parts together, not over the one
 * incident or part another report counts. A regular-expression source, matched case-insensitively; articleYear
 * reads it as one more span (whichever phrase says it).
 */
export const RUNNING_TOTALS = String.raw`\b(?:a total of|in total|so far|thus far|to date|altogether|in all|a combined)\b`;

/**
 * What comes before a year that only measures a record against the past ("the highest level since records began
 * in 1952", "the deadliest quake since 1906", "the first time since 2001"): the claim reports the current
 * happening, and the year is its yardstick, not when it happened. A regular-expression source, matched
 * case-insensitively against the claim's text up to the year.
 */
export const RECORD_SINCE = String.raw`(?:\b(?:\w+est|most|least|first|worst|best|record)\b(?:\s+[\w'-]+){0,5}?\s+since|\bsince\s+records?\s+(?:began|started|were\s+first\s+kept))(?:\s+in)?\s+$`;
