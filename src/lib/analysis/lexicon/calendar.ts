// Month names and weekday abbreviations, as regular-expression sources (lower case; callers add flags, boundaries
// and endings): one list each for date finding, datelines and timestamps, and date comparison.
export const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** "mon", "tues", "thurs"…: the stem of each weekday name as it is abbreviated. */
export const WEEKDAY_ABBREVIATIONS = 'mon|tues?|wed|thu|thur|thurs|fri|sat|sun';

/**
 * Spans a figure can be counted over that are not the reported happening's ("this season", "over the past eight
 * days", "his career", "since Week 11"): a regular-expression source, matched case-insensitively.
 */
export const PERIODS = String.raw`\b(?:(?:this|last|next)(?: past)? (?:season|year)|(?:over|in|during) the (?:past|last|previous) (?:[\w-]+ )?(?:days|weeks|months|years|seasons|games)|since week \d+|career\b(?!-))`;
