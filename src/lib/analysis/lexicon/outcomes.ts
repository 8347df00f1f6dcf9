// What happened to the people a number counts. Outlets word one toll many ways ("four people were killed",
// "five people died", "four dead"); each of these words names the same outcome, so their counts fill one slot.

/** Word (as written or lemmatised) -> outcome class. */
export const OUTCOME_CLASSES: Record<string, string> = {
  kill: 'death',
  killed: 'death',
  die: 'death',
  died: 'death',
  dead: 'death',
  death: 'death',
  deaths: 'death',
  injure: 'injury',
  injured: 'injury',
  wound: 'injury',
  wounded: 'injury',
  hurt: 'injury',
  evacuate: 'evacuation',
  evacuated: 'evacuation',
  displace: 'evacuation',
  displaced: 'evacuation',
  arrest: 'arrest',
  arrested: 'arrest',
  detain: 'arrest',
  detained: 'arrest',
  rescue: 'rescue',
  rescued: 'rescue',
  missing: 'missing'
};

/** The verbs of OUTCOME_CLASSES that take the people as their object ("killed 12", "arrested 30"). */
export const OUTCOME_VERBS = [
  'kill',
  'injure',
  'wound',
  'hurt',
  'evacuate',
  'displace',
  'arrest',
  'detain',
  'rescue'
] as const;

/**
 * Nouns for "people in general": a toll of residents and a toll of people are one count, and "injured 150 others"
 * counts people as "injured 100 other people" does. Nouns for a group ("workers", "children", "passengers") stay
 * their own slot: they may count part of the people.
 */
export const GENERAL_PERSON_NOUNS = new Set([
  'people',
  'others',
  'person',
  'persons',
  'resident',
  'residents',
  'inhabitant',
  'inhabitants',
  'individual',
  'individuals'
]);

/**
 * Nouns that count some of the people, beside PERSON_NOUNS (lexicon/roles.ts): a toll of none ("No one was hurt")
 * leaves none of them hurt either ("Two firefighters were hurt").
 */
export const GROUPS_OF_PEOPLE = new Set(
  `worker firefighter fireman student pupil civilian member employee tourist visitor pilot miner villager guard
  rescuer bystander customer spectator player staffer crewman sailor marine trooper policeman policewoman
  journalist guest shopper driver resident neighbour neighbor victim relative adult`.split(/\s+/)
);
