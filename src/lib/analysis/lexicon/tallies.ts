// What a player or a fighter tallies in a game, a season or a career: points, rebounds, yards, touchdowns, punches.
// Every player of a story has such figures, and a report lists several in one breath ("16 points and nine
// rebounds"), so a tally is one slot only when both sides name the same holder (compareValues). Words that count
// other things too stay out ("rounds" of ammunition, "shots" fired, "games", "wins").

/** Lemmas of tallied things (as quantitySlots gives them, after "c:", "u:" or "w:"), and their units ("yd"). */
export const TALLY_NOUNS = new Set([
  'point',
  'rebound',
  'assist',
  'pass',
  'completion',
  'carry',
  'catch',
  'reception',
  'touchdown',
  'td',
  'interception',
  'sack',
  'yard',
  'yd',
  'yds',
  'homer',
  'home run',
  'rbi',
  'strikeout',
  'inning',
  'punch',
  'knockout',
  'ko'
]);

/**
 * Verbs that report a player's total whatever it counts: "scored 30 points" / "finished with 32 points" / "had 32
 * points" / "led the team with 32 points". Verbs of one way to gain it ("rushed for", "threw for") stay apart: a
 * player's rushing and passing yards are two tallies.
 */
export const TALLY_VERBS = new Set([
  'score',
  'finish',
  'have',
  'add',
  'total',
  'tally',
  'post',
  'record',
  'collect',
  'pour',
  'lead'
]);
