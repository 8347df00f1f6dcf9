/** Past tenses that are nouns too ("a shot", "a hit"), which the tagger may read as nouns where they act. */
export const PAST_TENSE_NOUNS = new Set([
  'shot',
  'hit',
  'struck',
  'cut',
  'hurt',
  'beat',
  'won',
  'lost',
  'led',
  'fought'
]);
