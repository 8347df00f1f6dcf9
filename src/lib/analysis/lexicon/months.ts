// Month names and their abbreviations, as a regular-expression source (lower case; callers add flags and
// boundaries): one list for date finding, datelines and timestamps, and date comparison.
export const MONTH_NAMES =
  'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
