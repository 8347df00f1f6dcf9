// Month names and weekday abbreviations, as regular-expression sources (lower case; callers add flags, boundaries
// and endings): one list each for date finding, datelines and timestamps, and date comparison.
export const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';

/** "mon", "tues", "thurs"…: the stem of each weekday name as it is abbreviated. */
export const WEEKDAY_ABBREVIATIONS = 'mon|tues?|wed|thu|thur|thurs|fri|sat|sun';
