// "Differs" only when it is true (issue 9): values that fit together never conflict, a difference in certainty is
// no discrepancy unless one side denies, and only the odd outlet differs. (The view lists one conflict between
// two outlets once: tests/unit/charts/discrepancies.test.ts.)
import { describe, expect, it } from 'vitest';
import { analyzeEvent } from '../../../src/lib/analysis/analyzeEvent';
import { compareValues } from '../../../src/lib/analysis/compareValues';
import { countedModifiers } from '../../../src/lib/analysis/countedSets';
import { lengthDimension, quantitiesBySlot } from '../../../src/lib/analysis/quantitySlots';
import { extractClaims } from '../../../src/lib/analysis/extractClaims';

const claimOf = (text: string, published?: string) =>
  extractClaims({ id: text, outlet: text, text, published }).find((c) => c.kind === 'claim')!;

describe('values that fit together never conflict', () => {
  // [first claim, second claim, publication dates (same day unless given), expected discrepancy types]
  const cases: [string, string, [string?, string?], string[]][] = [
    ['12 people were killed in the blast.', 'Twelve people were killed in the blast.', [], []],
    ['Twelve people were killed in the blast.', 'Fifteen people were killed in the blast.', [], ['number']],
    ['Between 10 and 15 people were hurt.', '12 people were hurt.', [], []],
    ['About 3,000 people were evacuated.', '2,987 people were evacuated.', [], []],
    // A round figure in the hundreds or more, within 10%, rounds the exact one; small counts are counted.
    ['The disease has killed 296 people.', 'The disease has killed 300 people.', [], []],
    ['The disease has killed 1,000 people.', 'The disease has killed 987 people.', [], []],
    ['The disease has killed 260 people.', 'The disease has killed 300 people.', [], ['number']],
    ['Ten people were hurt in the blast.', 'Twelve people were hurt in the blast.', [], ['number']],
    // A figure with fewer decimals rounds one with more, within 10%; figures written alike are compared as they are.
    ['Shares of the company fell 17.3 percent.', 'Shares of the company fell 17 percent.', [], []],
    ['The index slipped 1.23 percent on Friday.', 'The index slipped 1.2 percent on Friday.', [], []],
    ['The index slipped 1.2 percent on Friday.', 'The index slipped 1.4 percent on Friday.', [], ['number']],
    ['Shares of the company fell 4.6 percent.', 'Shares of the company fell 4 percent.', [], ['number']],
    ['The index rose 0.24 percent on Friday.', 'The index rose 0.2 percent on Friday.', [], ['number']],
    ['He served two and a half years in prison.', 'He served 2.5 years in prison.', [], []],
    ['He served 4½ years in prison.', 'He served four and a half years in prison.', [], []],
    ['He served 4 1/2 years in prison.', 'He served four years in prison.', [], ['number']],
    ['Dozens of people were injured.', 'At least 50 people were injured.', [], []],
    // Times of one moment differ by more than their rounding: none for a time given to the minute, half an hour
    // for one on the half hour, an hour and a half for one on the hour or said to be approximate.
    [
      'The quake struck at 2:09 a.m.',
      'The quake struck at 2:40 a.m.',
      ['2013-03-14', '2013-03-14'],
      ['date']
    ],
    [
      'The quake struck at 2:09 a.m.',
      'The quake struck at 3:30 a.m.',
      ['2013-03-14', '2013-03-14'],
      ['date']
    ],
    ['The quake struck at 2:09 a.m.', 'The quake struck at 2:15 a.m.', ['2013-03-14', '2013-03-14'], []],
    // "local time" between a time and its day leaves them one moment.
    [
      'The quake struck at 2:09 a.m. local time on Thursday.',
      'The quake struck at 3:15 a.m. local time on Thursday.',
      ['2013-03-14', '2013-03-14'],
      ['date']
    ],
    [
      'The quake struck at 2:09 a.m. local time on Thursday.',
      'The quake struck at 2:09 a.m. on Thursday.',
      ['2013-03-14', '2013-03-14'],
      []
    ],
    [
      'The quake struck at about 2:09 a.m.',
      'The quake struck at 3:30 a.m.',
      ['2013-03-14', '2013-03-14'],
      []
    ],
    ['The quake struck at 10:30 a.m.', 'The quake struck at 10:45 a.m.', ['2013-03-14', '2013-03-14'], []],
    ['The quake struck at 7 p.m.', 'The quake struck at 8:15 p.m.', ['2013-03-14', '2013-03-14'], []],
    [
      'The blast happened on Monday evening.',
      'The blast happened at 8 p.m.',
      ['2024-03-04', '2024-03-04'],
      []
    ],
    [
      'The blast happened last night.',
      'The blast happened on Monday evening.',
      ['2024-03-05', '2024-03-05'],
      []
    ],
    [
      'The blast happened at 8 p.m. on Monday.',
      'The blast happened last night.',
      ['2024-03-04', '2024-03-05'],
      []
    ],
    // A year the text leaves out is inferred (from the tense, here): only month and day are compared.
    [
      'Experts said the launch will happen on Oct. 10.',
      'Experts said the launch would happen on Oct. 10.',
      ['2003-06-15', '2003-06-15'],
      []
    ],
    [
      'Experts said the launch will happen on Oct. 10.',
      'Experts said the launch would happen on Oct. 17.',
      ['2003-06-15', '2003-06-15'],
      ['date']
    ],
    // A time of day that names no day is compared as a time only.
    [
      'The blast happened at about 7 p.m.',
      'The blast happened at about 7 p.m. Thursday.',
      ['2003-06-15', '2003-06-15'],
      []
    ],
    [
      'The blast happened at about 7.30pm.',
      'The blast happened at about 7.30pm on Thursday.',
      ['2003-06-15', '2003-06-15'],
      []
    ],
    [
      'The blast happened at about 7 p.m.',
      'The blast happened at about 11 a.m. Thursday.',
      ['2003-06-15', '2003-06-15'],
      ['date']
    ],
    // Times in two time zones may fall on neighbouring days, and their hours are not compared.
    [
      'The deadline was extended until 7 p.m. EST Sunday.',
      'The deadline was extended until 8 a.m. AEST today.',
      ['2003-06-16', '2003-06-16'],
      []
    ],
    [
      'The quake struck at 2:09 a.m. local time on Thursday.',
      'The quake struck at 6:09 p.m. GMT on Wednesday.',
      ['2003-06-19', '2003-06-19'],
      []
    ],
    [
      'The deadline was extended until 7 p.m. EST Sunday.',
      'The deadline was extended until 7 p.m. EST Tuesday.',
      ['2003-06-18', '2003-06-18'],
      ['date']
    ],
    // A weekday alone against a date on the same weekday: the same day, as far as the text says.
    [
      'The ceremony was held on Saturday.',
      'The ceremony was held on Saturday, July 24, 2004.',
      ['2004-08-05', '2004-08-05'],
      []
    ],
    [
      'The ceremony was held on Friday.',
      'The ceremony was held on Saturday, July 24, 2004.',
      ['2004-08-05', '2004-08-05'],
      ['date']
    ],
    // "the week beginning 17 October" names a week, not a beginning: no happening to compare.
    [
      'The outage began on Saturday 8 October 2011.',
      'The outage will be fixed in the week beginning 17 October 2011.',
      [],
      []
    ],
    [
      'The company laid off 200 workers.',
      'The company denied that it laid off 200 workers.',
      [],
      ['certainty']
    ],
    // A hedged property against the same property stated: a difference in certainty (partial, below), named.
    ['The driver was drunk, police said.', 'The driver was allegedly drunk.', [], ['certainty']],
    ['A man suspected of shooting two people was arrested.', 'The shooting left two people hurt.', [], []],
    ['The allegedly drunk driver fled.', 'The driver was not drunk, police said.', [], ['negation']],
    // A hedged act against the same act stated, by the same doer and in the same voice.
    [
      'Police say the man allegedly struck the cyclist.',
      'The man struck the cyclist on Main Street.',
      [],
      ['certainty']
    ],
    ['Vance allegedly fired at the officers.', 'The officers fired at Vance.', [], []],
    ['Rebels who allegedly killed the mayor fled.', 'The mayor killed in the attack was 60.', [], []],
    ['The lawyer reportedly resigned on Friday.', 'The Kraft resigning made news.', [], []],
    ['Police contest claims that the guard fired first.', 'The guard allegedly fired first.', [], []],
    // Who did it, as a noun: the alleged driver against the driver.
    [
      'Police arrested the alleged driver, Tom Reyes, on Monday.',
      'Police arrested the driver, Tom Reyes, on Monday.',
      [],
      ['certainty']
    ],
    [
      'Police arrested the suspected drunk driver on Monday.',
      'Police arrested the suspected driver on Monday.',
      [],
      []
    ],
    // The grounds of one arrest, hedged on one side: drink-driving is named many ways.
    [
      'Tanner was arrested early Sunday on suspicion of driving under the influence.',
      'Tanner was arrested for DUI early Sunday.',
      [],
      ['certainty']
    ],
    ['Tanner was arrested on suspicion of burglary.', 'Tanner was arrested for burglary.', [], ['certainty']],
    ['Tanner was arrested on suspicion of burglary.', 'Tanner was arrested for assault.', [], []],
    ['Tanner was arrested on suspicion of burglary.', 'Tanner was wanted for burglary.', [], []],
    // Thousands after a comma and a space, as machine-detokenized text has them, and a length in two units.
    ['The hiker fell 2, 000ft into the gorge.', 'The hiker fell 610 metres into the gorge.', [], []],
    ['The hiker fell 2, 000ft into the gorge.', 'The hiker fell 2,000 feet into the gorge.', [], []],
    ['The hiker fell 2, 000ft into the gorge.', 'The hiker fell 900 metres into the gorge.', [], ['number']],
    // Areas in two units.
    ['The 170, 000-square-foot warehouse burned.', 'The 15, 800-square-metre warehouse burned.', [], []],
    ['The fire burned 10,000 acres of forest.', 'The fire burned 4,050 hectares of forest.', [], []],
    ['The fire burned 10,000 acres of forest.', 'The fire burned 9,000 hectares of forest.', [], ['number']],
    // A score and a numbered name count nothing; a range still does.
    ['Bush was hurt in a 27-24 loss to Chicago.', 'Bush was hurt in a 13-10 loss.', [], []],
    ["Bush was hurt in the team's Week 15 loss.", 'Bush was hurt in the 27-24 loss.', [], []],
    ['Between 5-7 people were hurt in the blast.', 'Twelve people were hurt in the blast.', [], ['number']],
    // Percentages of different wholes are two slots; of one whole, one.
    [
      'Up to 70% of communications to the region were disrupted.',
      'Up to 80 percent of Internet services in Egypt were disrupted.',
      [],
      []
    ],
    [
      'About 70% of the traffic to the region was disrupted.',
      'About 40 percent of the traffic to the region was disrupted.',
      [],
      ['number']
    ],
    // The share a thing carries is not the share an outage affected.
    [
      'The damaged cables carry more than 75 percent of traffic between Europe and the Middle East.',
      'As much as 70% of traffic between Europe and the Middle East has been affected.',
      [],
      []
    ],
    [
      'Close to 90 percent of the traffic to the region is carried on these three cables.',
      '65% of the traffic to the region was down.',
      [],
      []
    ],
    [
      'The damaged cables carry more than 75 percent of traffic to the region.',
      'The other cables carry 40 percent of traffic to the region.',
      [],
      ['number']
    ],
    // Figures dated in different years are of two happenings; in one year, of one.
    ['The 2004 quake killed 230,000 people.', 'The 2018 quake killed 4,340 people.', [], []],
    ['The 2018 quake killed 230,000 people.', 'The 2018 quake killed 4,340 people.', [], ['number']],
    // Counts of two charges are two slots; of one charge, one.
    ['Gomes faces two counts of murder.', 'Gomes faces one count of kidnapping.', [], []],
    ['Gomes faces two counts of murder.', 'Gomes faces three counts of murder.', [], ['number']],
    // The same words with other apostrophes, quotes or spacing cannot contradict each other.
    [
      "The mayor's office said the report hadn't been filed.",
      'The mayor’ s office said the report hadn’ t been filed.',
      [],
      []
    ],
    ['"I cannot say why," the mayor said.', "'I cannot say why, ' the mayor said.", [], []],
    ['The quake was 1.2 miles deep.', 'The quake was 12 miles deep.', [], ['number']],
    // Two spellings of an English word are no surname; two spellings of a surname are a name discrepancy.
    ['Calls to Harmon Advisors went unanswered.', 'Calls to Harmon Advisers went unanswered.', [], []],
    ['Nurse Greta Halvorsen treated the driver.', 'Nurse Greta Halverson treated the driver.', [], ['name']],
    // Figures about two different people are two facts.
    ['Robert Lane fell 600 metres to his death.', 'Peter Marsh fell 60 metres to his death.', [], []],
    [
      'Robert Lane fell 600 metres to his death.',
      'Robert Layne fell 60 metres to his death.',
      [],
      ['number', 'name']
    ],
    // A title and its abbreviation are one title.
    [
      'FAA spokesman Peter Lund said the runway was closed.',
      'Federal Aviation Administration spokesman Peter Lund said the runway was closed.',
      [],
      []
    ]
  ];
  it.each(cases)('%s | %s', (a, b, [pa, pb], expected) => {
    const found = compareValues(claimOf(a, pa), claimOf(b, pb)).map((d) => d.type);
    expect(found).toEqual(expected);
  });
});

describe('a discrepancy needs the same slot of the same fact', () => {
  // [first claim, second claim, publication date of both (none unless given), expected discrepancies]
  const cases: [string, string, string | undefined, [string, string, string][]][] = [
    // "shot" read as the verb it is before a figure; a verb with its object before the figure ("used him").
    [
      'Hiller shot three co-workers at the plant.',
      'Hiller killed two co-workers at the plant.',
      undefined,
      []
    ],
    [
      'Hiller shot three co-workers at the plant.',
      'Hiller shot four co-workers at the plant.',
      undefined,
      [['number', 'three', 'four']]
    ],
    ['The team used him 22 times in the game.', 'He rushed 106 times for 404 yards.', undefined, []],
    // A bare count as the object of an outcome verb counts people ("The blast killed 12"): a toll like any other.
    [
      'The blast killed 12, police said.',
      'The blast killed 15, police said.',
      undefined,
      [['number', '12', '15']]
    ],
    ['The blast killed 12, police said.', 'Twelve people were killed in the blast.', undefined, []],
    [
      'The quake killed at least 12 and injured 30.',
      'The quake killed at least 12 people and injured 45.',
      undefined,
      [['number', '30', '45']]
    ],
    [
      'A bomb killing 24 exploded in the market.',
      'A bomb killed 30 people in the market.',
      undefined,
      [['number', '24', '30']]
    ],
    ['Callers face fines of up to $11,000 per call.', 'Callers face fines of up to $120,000.', undefined, []],
    [
      'Seven of the nine candidates will speak at the forum.',
      'Seven candidates will speak at the forum.',
      undefined,
      []
    ],
    ['The chips are priced at $575 and $295.', 'The chips are priced at $125 to $300.', undefined, []],
    // A part of a group, or more on top of a toll, is no count of the toll.
    ['The crash killed 12 of the 20 passengers.', 'The crash killed 15 people on board.', undefined, []],
    ['The fighting killed 12 more on Sunday.', 'The fighting killed 40 people.', undefined, []],
    // "Others" counts people, as "other people" does.
    [
      'The blast killed two people and injured more than 150 others.',
      'The blast killed two people and injured more than 100 other people.',
      undefined,
      [['number', 'more than 150', 'more than 100']]
    ],
    // A sum with no verb is named by the noun it is "of".
    [
      'The estimate was for a loss of $2.08 a share.',
      'The estimate was for a loss of $2.75 a share.',
      undefined,
      [['number', '$2.08', '$2.75']]
    ],
    [
      'Last year there was a profit of $354 million.',
      'Last year there was a loss of $126 million.',
      undefined,
      []
    ],
    // A rate per game and one per year are two slots, whatever the verb.
    ['He earns about $220,000 a game.', 'He earns $10 million a year.', undefined, []],
    [
      'The deal earns him about $220,000 a game.',
      'The deal will earn him $10 million a year.',
      undefined,
      []
    ],
    [
      'The deal earns him about $220,000 a game.',
      'The deal will earn him $300,000 a game.',
      undefined,
      [['number', 'about $220,000', '$300,000']]
    ],
    // Counts of one noun under different verbs count different actions, however far the verb is.
    [
      'The governor said five villages had been badly hit.',
      'The quake leveled seven villages.',
      undefined,
      []
    ],
    [
      'The governor said five villages had been badly damaged.',
      'Officials said seven villages had been damaged.',
      undefined,
      [['number', 'five', 'seven']]
    ],
    // A quake's depth, its distance from one town and from another are different slots.
    ['The quake struck 10 km deep.', 'The quake struck 25 km from Hollister.', undefined, []],
    ['The quake struck 25 km from Hollister.', 'The quake struck 40 km south of Salinas.', undefined, []],
    [
      'The quake struck 25 km from Hollister.',
      'The quake struck 60 km from Hollister.',
      undefined,
      [['number', '25 km', '60 km']]
    ],
    ['The quake was 10 km deep.', 'The quake was 15 km deep.', undefined, [['number', '10 km', '15 km']]],
    ['The tower is 300 metres tall.', 'The tower stands 100 metres from the river.', undefined, []],
    // A length that does not say what it measures is one slot only through its verb, on both sides.
    ['The Colts went on a 73-yard drive.', 'It was an 80 yard touchdown.', undefined, []],
    [
      'The hiker fell 60 metres.',
      'The hiker fell 200 metres.',
      undefined,
      [['number', '60 metres', '200 metres']]
    ],
    // A part of a fact or an addition to a count is not the fact's count.
    ['Three workers were injured in the fire.', 'One of the workers was injured in the fire.', undefined, []],
    [
      'Two of the victims were children.',
      'Three of the victims were children.',
      undefined,
      [['number', 'Two', 'Three']]
    ],
    [
      'Rescuers found two more bodies in the river.',
      'Rescuers found five bodies in the river.',
      undefined,
      []
    ],
    ['Another three people were arrested.', 'Five people were arrested.', undefined, []],
    // Figures of two variants of a product are two slots; one variant's two prices differ.
    ['The 13-inch model starts at $1,199.', 'The 15-inch model starts at $1,999.', undefined, []],
    [
      'The 13-inch model starts at $1,199.',
      'The 13-inch model starts at $1,299.',
      undefined,
      [['number', '$1,199', '$1,299']]
    ],
    // A figure after "including" is a part of the count before it; "a 4×4" names a car, it counts nothing.
    ['The men drove a 4×4 car into the store.', 'The men drove two cars into the store.', undefined, []],
    // "N people" says what is counted only with what they did: the same action on both sides, or an outcome.
    [
      'Three people, one of them a child, were killed in the blast.',
      'An estimated 100,000 people took to the streets.',
      undefined,
      []
    ],
    [
      'As many as 20,000 people took to the streets.',
      'An estimated 100,000 people took to the streets.',
      undefined,
      [['number', 'As many as 20,000', 'An estimated 100,000']]
    ],
    // A place's population is its own slot, whatever verb frames it.
    [
      'The island is home to 120,000 people.',
      'The island is home to about 200,000 people.',
      undefined,
      [['number', '120,000', 'about 200,000']]
    ],
    // "Shot to death" counts the dead, "shot" everyone hit: two slots.
    ['A gunman shot to death one person.', 'A gunman shot three people.', undefined, []],
    [
      'A gunman shot to death one person.',
      'A gunman killed two people.',
      undefined,
      [['number', 'one', 'two']]
    ],
    // A span of time measures an activity: two durations are one slot only when they time the same action.
    [
      'He spent seven seasons as an assistant coach.',
      'After one season as head coach, he is out.',
      undefined,
      []
    ],
    ['He served 10 years in prison.', 'He was sentenced to 12 years in prison.', undefined, []],
    [
      'The strike lasted three days.',
      'The strike lasted five days.',
      undefined,
      [['number', 'three days', 'five days']]
    ],
    // Negation conflicts only when one side denies the very thing the other states; both named in words.
    [
      'The driver did not stop after the crash.',
      'The driver stopped after the crash.',
      undefined,
      [['negation', 'did not stop', 'stopped']]
    ],
    [
      'He pleaded guilty to the charges.',
      'He pleaded not guilty to the charges.',
      undefined,
      [['negation', 'guilty', 'not guilty']]
    ],
    [
      'Police have not confirmed that the driver was drunk.',
      'Police confirmed that the driver was drunk.',
      undefined,
      []
    ],
    // "Refused to", "declined to" and "failing to" deny the next verb as "not" does.
    [
      'Judge Carlson said he would not recuse himself from the case.',
      'Judge Carlson refused to recuse himself from the case.',
      undefined,
      []
    ],
    [
      'The company paid penalties for not meeting the hiring targets.',
      'The company paid penalties for failing to meet the hiring targets.',
      undefined,
      []
    ],
    [
      'The driver refused to stop after the crash.',
      'The driver stopped after the crash.',
      undefined,
      [['negation', 'refused to stop', 'stopped']]
    ],
    // So do the nouns "failure to" and "refusal to".
    [
      'The company paid penalties for its failure to meet the hiring targets.',
      'The company paid penalties for failing to meet the hiring targets.',
      undefined,
      []
    ],
    [
      "The driver's refusal to stop angered the police.",
      'The driver stopped after the crash, police said.',
      undefined,
      [['negation', 'refusal to stop', 'stopped']]
    ],
    // Without "to" they negate nothing: "the failing Acme" still hid its losses.
    [
      'Investors said the failing Acme allegedly hid its losses.',
      'Investors said the failing Acme hid its losses.',
      undefined,
      [['certainty', 'allegedly hid', 'hid']]
    ],
    // Different people named in one fact are not two values of one slot (victim and suspect); spellings are, but a
    // name written without its accents is the same spelling.
    ['Anna Berg was hurt in the crash.', 'Police arrested Tom Weller after the crash.', undefined, []],
    [
      'Anna Bergstrom was hurt in the crash.',
      'Anna Bergstrum was hurt in the crash.',
      undefined,
      [['name', 'Anna Bergstrom', 'Anna Bergstrum']]
    ],
    ['Anna Bergström was hurt in the crash.', 'Anna Bergstrom was hurt in the crash.', undefined, []],
    ['No injuries were reported after the quake.', 'The quake damaged several houses.', undefined, []],
    // A figure is its holder's: one player's yards against another's are two slots; a source holds nothing.
    ['Dunn rushed for 120 yards while Ortiz added 85.', 'Ortiz rushed for 90 yards.', undefined, []],
    ["The Hawks' 350 yards set a record.", "Dunn's 120 yards set a record.", undefined, []],
    [
      "The Hawks' 350 yards set a record.",
      "The Hawks' 310 yards set a record.",
      undefined,
      [['number', '350 yards', '310 yards']]
    ],
    [
      'USGS measured the quake at magnitude 6.1.',
      'BMKG measured the quake at magnitude 6.2.',
      undefined,
      [['number', '6.1', '6.2']]
    ],
    // Two titles of one head conflict only when each names a post and the posts differ.
    [
      'On Monday, Defense Minister Niko Peleshi visited the base.',
      'On Monday, Foreign Minister Niko Peleshi visited the base.',
      undefined,
      [['role', 'Niko Peleshi, Defense Minister', 'Niko Peleshi, Foreign Minister']]
    ],
    [
      'Head coach Mark Ellis resigned on Monday.',
      'Assistant coach Mark Ellis resigned on Monday.',
      undefined,
      [['role', 'Mark Ellis, Head coach', 'Mark Ellis, Assistant coach']]
    ],
    [
      'Head coach Mark Ellis resigned on Monday.',
      'Hawks coach Mark Ellis resigned on Monday.',
      undefined,
      []
    ],
    [
      'The board said interim director Sam Osei ordered the audit.',
      'The board said Acting Director Sam Osei ordered the audit.',
      undefined,
      []
    ],
    [
      'On Monday, Defence Secretary Niko Peleshi visited the base.',
      'On Monday, Defense Secretary Niko Peleshi visited the base.',
      undefined,
      []
    ],
    [
      'The board said acting director Sam Osei ordered the audit.',
      'The board said deputy director Sam Osei ordered the audit.',
      undefined,
      [['role', 'Sam Osei, acting director', 'Sam Osei, deputy director']]
    ],
    // A portfolio after "of" names the post as one before the head does.
    [
      'Secretary of State John Kerry met the delegation on Monday.',
      'Defense Secretary John Kerry met the delegation on Monday.',
      undefined,
      [['role', 'John Kerry, Secretary of State', 'John Kerry, Defense Secretary']]
    ],
    [
      'Foreign Minister Sergei Lavrov arrived in Kabul.',
      'Minister of Foreign Affairs Sergei Lavrov arrived in Kabul.',
      undefined,
      []
    ],
    [
      'Foreign Minister Sergei Lavrov arrived in Kabul.',
      'Defence Minister Sergei Lavrov arrived in Kabul.',
      undefined,
      [['role', 'Sergei Lavrov, Foreign Minister', 'Sergei Lavrov, Defence Minister']]
    ],
    [
      'Longtime attorney Dana Pruitt filed the motion.',
      'Former attorney Dana Pruitt filed the motion.',
      undefined,
      []
    ],
    // "Aged 24" is an age; "ages 6 and 16" does not say whose is which.
    [
      'Robert Pitman, aged 24, was charged with arson.',
      'Robert Pitman, aged 25, was charged with arson.',
      undefined,
      [['number', '24', '25']]
    ],
    [
      'He is survived by two sons, ages 6 and 16.',
      'He is survived by two sons, ages 16 and 6.',
      undefined,
      []
    ],
    // Ages are one slot per person: one surname with two first names is two people.
    [
      'John Jenkin, 23, was arrested on Saturday.',
      'His sister Katie Jenkin, 20, was found dead on Saturday.',
      undefined,
      []
    ],
    [
      'Robert Buckley, 31, fell on Saturday.',
      'The 32-year-old Englishman Robert Buckley fell on Saturday.',
      undefined,
      [['number', '31', '32-year-old']]
    ],
    // A span of time is one slot in any unit when each side gives one; "ago", "earlier" and "left" count from
    // another moment.
    [
      'The quake lasted about 40 seconds.',
      'The quake lasted about two minutes.',
      undefined,
      [['number', 'about 40 seconds', 'about two minutes']]
    ],
    ['The strike lasted two weeks.', 'The strike lasted 14 days.', undefined, []],
    ['He was jailed for a year and a half.', 'He was jailed for 18 months.', undefined, []],
    [
      'He was sentenced to 2 years, with 9 months to serve.',
      'He was sentenced to 2 1/2 years, with 9 months to serve.',
      undefined,
      [['number', '2 years', '2 1/2 years']]
    ],
    [
      'Page suffered a heart attack almost three weeks ago.',
      'Page suffered a heart attack nine days earlier.',
      undefined,
      []
    ],
    // "No one" is a toll of none, not of one.
    [
      'No one was injured in the blast.',
      'Three people were injured in the blast.',
      undefined,
      [
        ['number', 'No one', 'Three'],
        ['negation', 'No one was injured', 'injured']
      ]
    ],
    ['No one was injured in the blast.', 'Nobody was injured in the blast.', undefined, []],
    [
      'Nobody was hurt in the fire.',
      'Two people were hurt in the fire.',
      undefined,
      [
        ['number', 'Nobody', 'Two'],
        ['negation', 'Nobody was hurt', 'hurt']
      ]
    ],
    // "None of the X" denies what is said of X; "no one has claimed responsibility" denies the claim of it (a
    // claim of responsibility is an act, not a report); a denial on both sides is none.
    [
      'None of the passengers was hurt.',
      'Three passengers were hurt.',
      undefined,
      [['negation', 'None of the passengers was hurt', 'hurt']]
    ],
    [
      'None of the passengers was hurt.',
      'None of the passengers were injured, officials said.',
      undefined,
      []
    ],
    [
      'Al-Shabaab claimed responsibility for the attack.',
      'No one has claimed responsibility for the attack.',
      undefined,
      [['negation', 'claimed', 'No one has claimed']]
    ],
    [
      'No one has claimed responsibility for the attack.',
      'No group has claimed responsibility for the attack.',
      undefined,
      []
    ],
    [
      'Police have not said who carried out the attack.',
      'Police said militants carried out the attack.',
      undefined,
      []
    ],
    [
      'The company denied that it had hidden the losses.',
      'The company said it had not hidden the losses.',
      undefined,
      []
    ],
    [
      'The company denied that it had hidden the losses.',
      'The company had hidden the losses.',
      undefined,
      [['certainty', 'denied', 'asserted']]
    ],
    // What someone is, hedged after a verb "to be", against the same said plainly of the same subject.
    [
      'The gunman was a former employee.',
      'The gunman was reportedly a former employee.',
      undefined,
      [['certainty', 'a former employee', 'reportedly a former employee']]
    ],
    [
      'The driver was apparently drunk.',
      'The driver was drunk, police said.',
      undefined,
      [['certainty', 'apparently drunk', 'drunk']]
    ],
    ['The gunman was reportedly a former employee.', 'The victim was a former employee.', undefined, []],
    ['The gunman was reportedly armed.', 'The gunman was a former employee.', undefined, []],
    [
      'The gunman was a former employee, police said.',
      'The gunman was believed to be a former employee.',
      undefined,
      [['certainty', 'a former employee', 'believed to be a former employee']]
    ],
    // What may be, or what a paper speculates, is no plain statement against a hedge.
    [
      'The contract would be the longest in club history.',
      'The contract is believed to be the longest in club history.',
      undefined,
      []
    ],
    [
      'The newspaper speculates the deal is worth $160 million.',
      'The offer is reportedly worth $160 million.',
      undefined,
      []
    ],
    // The price of a purchase is one slot whichever verb of buying a report uses; an offer is no purchase.
    [
      'AMD agreed to buy SeaMicro for $334 million.',
      'AMD agreed to buy SeaMicro for $355 million.',
      undefined,
      [['number', '$334 million', '$355 million']]
    ],
    [
      'AMD acquired SeaMicro for $334 million.',
      'AMD will pay $355 million for SeaMicro.',
      undefined,
      [['number', '$334 million', '$355 million']]
    ],
    [
      'The Yankees offered Teixeira $180 million.',
      'The Red Sox offered Teixeira $170 million.',
      undefined,
      []
    ],
    [
      'AMD agreed to buy SeaMicro for $334 million.',
      'AMD agreed to buy SeaMicro, which raised $100 million from investors.',
      undefined,
      []
    ],
    // An age held by a noun for a person or said with "was" is that person's, as "a 24-year-old gunman" is; an age
    // said with "when" is the age at another time.
    [
      'The gunman, 20, opened fire on Friday.',
      'The 24-year-old gunman opened fire on Friday.',
      undefined,
      [['number', '20', '24-year-old']]
    ],
    // The commas around an age close it; a later comma opens no aside ("..., police said").
    [
      'The gunman, 20, opened fire at the port on Monday, police said.',
      'The 24-year-old gunman opened fire at the port on Monday, police said.',
      undefined,
      [['number', '20', '24-year-old']]
    ],
    [
      'The shooter was 20 years old, police said.',
      'The 24-year-old shooter was killed by police.',
      undefined,
      [['number', '20 years old', '24-year-old']]
    ],
    [
      'Police said the suspect, who is 31, was arrested.',
      'Police said the 28-year-old suspect was arrested.',
      undefined,
      [['number', '31', '28-year-old']]
    ],
    ['The gunman, 20, opened fire.', 'The gunman, 20, opened fire on Friday.', undefined, []],
    // "a third-quarter profit" counts over the span "in the third quarter" does.
    [
      'The company reported a profit of $2 billion in the third quarter.',
      'The company reported a third-quarter profit of $2.4 billion.',
      undefined,
      [['number', '$2 billion', '$2.4 billion']]
    ],
    [
      'The company reported a profit of $2 billion in the third quarter.',
      'The company reported a profit of $2.4 billion.',
      undefined,
      []
    ],
    // A span after "for" is how long something lasted, even before "before".
    [
      'The jury deliberated for three hours before convicting him.',
      'The jury deliberated for six hours before convicting him.',
      undefined,
      [['number', 'three hours', 'six hours']]
    ],
    [
      'The blast came three hours before the match.',
      'The blast came six hours before the match.',
      undefined,
      []
    ],
    // "aged" links an age to its holder: it is no act of its own.
    [
      'The driver, aged 45, was arrested.',
      'The 54-year-old driver was arrested.',
      undefined,
      [['number', '45', '54-year-old']]
    ],
    ['A driver aged 45 was arrested.', 'The 45-year-old driver was arrested.', undefined, []],
    ['Raj Chohan, aged 59, was killed.', 'Raj Chohan, 61, was killed.', undefined, [['number', '59', '61']]],
    ['Hanks was 20 when he joined the army.', 'Tom Hanks, 45, joined the army.', undefined, []],
    // A place is a value of the fact where it says where, after the same preposition on both sides; a place that
    // owns or names something ("Cleveland's program", "a Moscow theater") can stand beside another.
    [
      'The bomb exploded in Paris on Monday.',
      'The bomb exploded in London on Monday.',
      undefined,
      [['place', 'Paris', 'London']]
    ],
    [
      "The court upheld Cleveland's school voucher program on Monday.",
      'The court ruled in an Ohio case on the school voucher program on Monday.',
      undefined,
      []
    ],
    [
      'The gunmen seized a Moscow theater on Monday.',
      'The gunmen seized a theater in London on Monday.',
      undefined,
      []
    ],
    // A name the lexicon takes for a person's or does not know is a place where the sentence says so; a city
    // with its state is one place.
    [
      'The plane crashed near Houston on Monday, killing all 50 people on board.',
      'The plane crashed near Dallas on Monday, killing all 50 people on board.',
      undefined,
      [['place', 'Houston', 'Dallas']]
    ],
    [
      'A magnitude 6.1 earthquake struck off the coast of Sumatra on Tuesday.',
      'A magnitude 6.1 earthquake struck off the coast of Java on Tuesday.',
      undefined,
      [['place', 'Sumatra', 'Java']]
    ],
    [
      'A tornado struck Moore, Oklahoma, killing 24 people.',
      'A tornado struck Moore, Texas, killing 24 people.',
      undefined,
      [['place', 'Moore, Oklahoma', 'Moore, Texas']]
    ],
    [
      'A tornado struck Moore, Oklahoma, killing 24 people.',
      'A tornado struck Moore, killing 24 people.',
      undefined,
      []
    ],
    [
      'The plane crashed near Houston, Texas, on Monday, killing all 50 people on board.',
      'The plane crashed near Houston on Monday, killing all 50 people on board.',
      undefined,
      []
    ],
    // A state or a country may hold the other side's city: only places of one size differ.
    [
      'The suspect was arrested in Texas on Monday after a week on the run.',
      'The suspect was arrested in Houston on Monday after a week on the run.',
      undefined,
      []
    ],
    [
      'The car bomb exploded in Iraq on Monday, killing 12 people.',
      'The car bomb exploded in Baghdad on Monday, killing 12 people.',
      undefined,
      []
    ],
    [
      'The car bomb exploded in Iraq on Monday, killing 12 people.',
      'The car bomb exploded in Syria on Monday, killing 12 people.',
      undefined,
      [['place', 'Iraq', 'Syria']]
    ],
    [
      'The plane crashed near Smith’s farm on Monday, killing all 50 people on board.',
      'The plane crashed near Dallas on Monday, killing all 50 people on board.',
      undefined,
      []
    ],
    [
      'The documents were found in the foreign ministry in Baghdad.',
      "The documents were found in Iraq's foreign ministry.",
      undefined,
      []
    ],
    // A date of a statement is no value of the fact: "announced on Twitter today (14 October 2011)".
    [
      'The operator announced on Twitter today (14 October 2011) that it repaired the cable.',
      'The operator announced on Twitter today (20 October 2011) that it repaired the cable.',
      undefined,
      []
    ],
    [
      'The cable was repaired on 14 October 2011.',
      'The cable was repaired on 20 October 2011.',
      undefined,
      [['date', 'on 14 October 2011', 'on 20 October 2011']]
    ],
    // Two sources for one fact can both be right.
    [
      'The fire started in the kitchen, police said.',
      'The fire started in the kitchen, fire officials said.',
      undefined,
      []
    ],
    // A weekday with no publication date to resolve it against is not compared; with one, it is.
    [
      'The navy intercepted the boats on Thursday.',
      'The navy intercepted the boats on Friday.',
      undefined,
      []
    ],
    [
      'The navy intercepted the boats on Thursday.',
      'The navy intercepted the boats on Friday.',
      '2024-03-09',
      [['date', 'on Thursday', 'on Friday']]
    ],
    // Late one day and early the next may be one moment in two time zones; the same clock time on two days is not.
    [
      'The quake struck Iran late Tuesday, killing 12 people.',
      'The quake struck Iran early Wednesday, killing 12 people.',
      '2024-03-09',
      []
    ],
    [
      'The quake struck Iran on Tuesday night, killing 12 people.',
      'The quake struck Iran on Wednesday, killing 12 people.',
      '2024-03-09',
      []
    ],
    [
      'The quake struck Iran on Tuesday morning, killing 12 people.',
      'The quake struck Iran on Wednesday, killing 12 people.',
      '2024-03-09',
      [['date', 'on Tuesday morning', 'on Wednesday']]
    ],
    [
      'The quake struck Iran at 11 p.m. Tuesday, killing 12 people.',
      'The quake struck Iran on Wednesday, killing 12 people.',
      '2024-03-09',
      []
    ],
    [
      'The quake struck Iran late Tuesday, killing 12 people.',
      'The quake struck Iran on Thursday, killing 12 people.',
      '2024-03-09',
      [['date', 'late Tuesday', 'on Thursday']]
    ],
    // Parts of one day that cannot meet: morning and evening, early and late, a morning and 9 p.m.
    [
      'The fire broke out Thursday morning at the warehouse.',
      'The fire broke out Thursday evening at the warehouse.',
      '2013-03-15',
      [['date', 'Thursday morning', 'Thursday evening']]
    ],
    [
      'The fire broke out early Thursday at the warehouse.',
      'The fire broke out late Thursday at the warehouse.',
      '2013-03-15',
      [['date', 'early Thursday', 'late Thursday']]
    ],
    [
      'The fire broke out Thursday morning at the warehouse.',
      'The fire broke out at 9 p.m. Thursday at the warehouse.',
      '2013-03-15',
      [['date', 'Thursday morning', 'at 9 p.m. Thursday']]
    ],
    [
      'The fire broke out Thursday afternoon at the warehouse.',
      'The fire broke out Thursday night at the warehouse.',
      '2013-03-15',
      [['date', 'Thursday afternoon', 'Thursday night']]
    ],
    [
      'The suspect was arrested late Thursday.',
      'The suspect was arrested Thursday morning.',
      '2013-03-16',
      [['date', 'late Thursday', 'Thursday morning']]
    ],
    // Parts that meet or border, and a time inside the part, are one moment.
    ['The fire broke out Thursday morning.', 'The fire broke out Thursday afternoon.', '2013-03-15', []],
    ['The fire broke out Thursday evening.', 'The fire broke out Thursday night.', '2013-03-15', []],
    ['The fire broke out Thursday morning.', 'The fire broke out on Thursday.', '2013-03-15', []],
    ['The fire broke out Thursday morning.', 'The fire broke out at 10 a.m. Thursday.', '2013-03-15', []],
    ['The quake struck at 2:09 a.m. Thursday.', 'The quake struck early Thursday morning.', '2013-03-15', []],
    ['The quake struck at 11:50 p.m. Thursday.', 'The quake struck Thursday evening.', '2013-03-15', []],
    ['The crash happened about 6 p.m. Thursday.', 'The crash happened Thursday afternoon.', '2013-03-15', []],
    ['The crash happened at 1 p.m. Thursday.', 'The crash happened Thursday morning.', '2013-03-15', []],
    [
      'The suspect was arrested late Thursday.',
      'The suspect was arrested Thursday evening.',
      '2013-03-16',
      []
    ],
    // A share compared in one measure is another slot than one compared in another; a deal's worth is its price.
    [
      'The new iPhone is 18 percent thinner than the iPhone 4S.',
      'The new iPhone is 20 percent lighter than the iPhone 4S.',
      undefined,
      []
    ],
    [
      'The new iPhone is 18 percent thinner than the iPhone 4S.',
      'The new iPhone is 20 percent thinner than the iPhone 4S.',
      undefined,
      [['number', '18 percent', '20 percent']]
    ],
    [
      'AMD agreed to buy SeaMicro in a deal worth $334 million.',
      'AMD agreed to buy SeaMicro in a deal valued at $400 million.',
      undefined,
      [['number', '$334 million', '$400 million']]
    ],
    [
      'AMD agreed to buy SeaMicro in a deal worth $334 million.',
      'AMD agreed to buy SeaMicro for $400 million.',
      undefined,
      [['number', '$334 million', '$400 million']]
    ],
    [
      'AMD agreed to buy SeaMicro for $334 million.',
      'AMD agreed to buy SeaMicro in a deal valued at $334 million.',
      undefined,
      []
    ],
    ['The house is worth $400,000.', 'The house is worth $500,000.', undefined, []],
    [
      'The phone has 16GB of storage in its base model.',
      'The base model comes with 32 GB of storage.',
      undefined,
      [['number', '16GB', '32 GB']]
    ],
    // A count over the first day or weekend is another span's than one over the first hours.
    [
      'Apple sold 5 million iPhones in the first weekend.',
      'Apple sold 2 million iPhones in the first 24 hours of pre-orders.',
      undefined,
      []
    ],
    [
      'Apple sold 5 million iPhones in the first weekend.',
      'Apple sold 4 million iPhones in the first weekend.',
      undefined,
      [['number', '5 million', '4 million']]
    ],
    // An approximation is off by as much as its roundness allows: 15% for one digit, 10% for two, 5% for three.
    [
      'AMD agreed to buy SeaMicro for $334 million.',
      'AMD will acquire SeaMicro for about $355 million.',
      undefined,
      [['number', '$334 million', 'about $355 million']]
    ],
    [
      'AMD agreed to buy SeaMicro for $334 million.',
      'AMD will acquire SeaMicro for about $340 million.',
      undefined,
      []
    ],
    [
      'About 300 people were evacuated from the town.',
      '340 people were evacuated from the town.',
      undefined,
      []
    ],
    [
      'About 350 people were evacuated from the town.',
      '390 people were evacuated from the town.',
      undefined,
      [['number', 'About 350', '390']]
    ],
    // Going on sale, being available, hitting stores and shipping are one release; an order before it is not.
    [
      'The iPhone 5 will go on sale on September 21.',
      'The iPhone 5 will be available from September 28.',
      '2012-09-13',
      [['date', 'September 21', 'September 28']]
    ],
    [
      'The iPhone 5 will hit stores on September 21.',
      'The iPhone 5 ships on September 28.',
      '2012-09-13',
      [['date', 'September 21', 'September 28']]
    ],
    [
      'The iPhone 5 will be available for pre-order from September 14.',
      'The iPhone 5 will go on sale on September 21.',
      '2012-09-13',
      []
    ],
    // Verbs of a player's total are one act for the same player's tally; a way to gain it is another tally.
    [
      'Kobe Bryant scored 30 points against Boston.',
      'Bryant finished with 32 points against Boston.',
      undefined,
      [['number', '30 points', '32 points']]
    ],
    ['Bryant led the Lakers with 30 points.', 'Gasol led the Lakers with 18 points.', undefined, []],
    ['Luck finished with 297 yards.', 'Luck rushed for 40 yards.', undefined, []],
    // A move belongs to its day: two sizes on two days are two moves; one size on two days, or two on one, differ.
    [
      'Shares of Acme rose 5 percent on Monday.',
      'Shares of Acme rose 3 percent on Tuesday.',
      '2013-03-15',
      []
    ],
    ['The Dow fell 200 points on Monday.', 'The Dow fell 150 points Tuesday.', '2013-03-15', []],
    [
      'Shares of Acme fell 5 percent on Monday.',
      "Acme's stock dropped 2 percent on Wednesday.",
      '2013-03-15',
      []
    ],
    [
      'The Dow fell 200 points on Monday.',
      'The Dow fell 200 points on Tuesday.',
      '2013-03-15',
      [['date', 'on Monday', 'on Tuesday']]
    ],
    [
      'Shares of Acme rose 5 percent on Monday.',
      'Shares of Acme rose 3 percent on Monday.',
      '2013-03-15',
      [['number', '5 percent', '3 percent']]
    ],
    [
      'The death toll rose to 14 on Tuesday.',
      'The death toll rose to 12 on Monday.',
      '2013-03-15',
      [
        ['number', '14', '12'],
        ['date', 'on Tuesday', 'on Monday']
      ]
    ],
    // Two happenings, each with its own part of the day.
    [
      'The victim died Thursday evening at the hospital.',
      'The victim was shot Thursday morning outside his home.',
      '2013-03-15',
      []
    ],
    // A weekday as a possessive dates its noun, not the verbs around it; a noun of time dates no happening.
    [
      "Drake, which had defeated Bradley in Thursday's play-in round, trailed.",
      'Creighton defeated Drake on Friday in the quarterfinals.',
      '2024-03-09',
      []
    ],
    [
      'The shooting on Saturday sparked five days of riots.',
      'Athens was calm Sunday after eight days of riots.',
      '2024-03-09',
      []
    ],
    // A day with a name of its own is no date; "scheduled" puts a weekday ahead.
    [
      'Microsoft released the fix on Patch Tuesday.',
      'Microsoft released the fix on Wednesday.',
      '2024-03-09',
      []
    ],
    [
      'Microsoft released an emergency patch Tuesday.',
      'Microsoft released an emergency patch on Wednesday.',
      '2024-03-09',
      [['date', 'Tuesday', 'on Wednesday']]
    ],
    // A verb of a phase dates the happening it is a phase of: the trial's start and the jury's deliberations are
    // two happenings; two starts of the trial are one.
    ['The trial began on Monday.', 'The jury began deliberating on Thursday.', '2013-03-14', []],
    [
      'The trial began on Monday.',
      'The trial started on Tuesday.',
      '2013-03-14',
      [['date', 'on Monday', 'on Tuesday']]
    ],
    // Two verbs that move a figure the same way are one action ("fell" / "dropped", "climbed" / "jumped", "cut" /
    // "eliminate"), though WordNet does not make them synonyms; another holder's figure stays another slot.
    [
      'Shares of the company fell 5 percent on Monday.',
      'Shares of the company dropped 6 percent on Monday.',
      undefined,
      [['number', '5 percent', '6 percent']]
    ],
    [
      'The unemployment rate fell to 7.5 percent in May.',
      'The unemployment rate dropped to 7.6 percent in May.',
      undefined,
      [['number', '7.5 percent', '7.6 percent']]
    ],
    [
      'Oil prices climbed 3 percent on Friday.',
      'Oil prices jumped 4 percent on Friday.',
      undefined,
      [['number', '3 percent', '4 percent']]
    ],
    [
      'Shares of Apple fell 5 percent on Monday.',
      'Shares of Google dropped 6 percent on Monday.',
      undefined,
      []
    ],
    ['He dropped 20 pounds before the fight.', 'He lost 25 pounds before the fight.', undefined, []],
    [
      'The company will cut 1,200 jobs this year.',
      'The company will eliminate 1,500 jobs this year.',
      undefined,
      [['number', '1,200', '1,500']]
    ],
    [
      'The company will cut 1,200 jobs this year.',
      'The company will add 1,500 jobs this year.',
      undefined,
      []
    ],
    // Verbs of one outcome are one act for any group of people, not only for "people".
    [
      'Police arrested 12 protesters outside the embassy.',
      'Police detained 15 protesters outside the embassy.',
      undefined,
      [['number', '12', '15']]
    ],
    // An age may close its sentence ("identified as Kimani Gray, 16.").
    [
      'The victim was identified as Kimani Gray, 16.',
      'The victim was identified as Kimani Gray, 17.',
      undefined,
      [['number', '16', '17']]
    ],
    [
      'The victim was identified as John Smith, 45.',
      'The driver was identified as Paul Jones, 46.',
      undefined,
      []
    ],
    // A figure the claim says was revised is no value of its slot now.
    [
      'The quake had a preliminary magnitude of 7.2, later upgraded to 7.5.',
      'The quake had a magnitude of 7.5.',
      undefined,
      []
    ],
    // The value a change of state reached is another moment's ("weakened to a Category 2 storm").
    ['The hurricane was a Category 3 storm.', 'The hurricane weakened to a Category 2 storm.', undefined, []],
    [
      'The hurricane weakened to a Category 2 storm.',
      'The hurricane weakened to a Category 1 storm.',
      undefined,
      [['number', '2', '1']]
    ],
    [
      'The death toll rose to 14 on Monday.',
      '12 people were killed in the blast on Monday.',
      undefined,
      [['number', '14', '12']]
    ],
    // "Without" a thing is no denial of the thing named as lost ("without power" / "knocked out power").
    [
      'The storm left 200,000 homes without power.',
      'The storm knocked out power to 200,000 customers.',
      undefined,
      []
    ],
    [
      'He left the restaurant without paying.',
      'He paid for the meal before leaving the restaurant.',
      undefined,
      [['negation', 'without paying', 'paid']]
    ],
    // A figure "on the Richter scale" is a magnitude.
    [
      'The earthquake had a magnitude of 6.1.',
      'The earthquake measured 5.8 on the Richter scale.',
      undefined,
      [['number', '6.1', '5.8']]
    ],
    // A vote said with "to" is a score of the vote, as "52-48" is; a range said with "to" is not.
    [
      'The Senate voted 52 to 48 on Tuesday to pass the bill.',
      'The Senate voted 51 to 49 on Tuesday to pass the bill.',
      undefined,
      [['number', '52 to 48', '51 to 49']]
    ],
    [
      'The bill passed the Senate by a vote of 52 to 48 on Tuesday.',
      'The bill passed the Senate 52-48 on Tuesday.',
      undefined,
      []
    ],
    [
      'He was sentenced to 10 to 15 years in prison.',
      'He was sentenced to 10 years in prison.',
      undefined,
      []
    ],
    // A toll of none leaves none of a group of people with that outcome (and denies it: a negation too, between
    // near-paraphrases); another outcome, or a count of animals, says nothing against it.
    [
      'No one was hurt in the fire.',
      'Two firefighters were hurt in the fire.',
      undefined,
      [
        ['number', 'No one', 'Two'],
        ['negation', 'No one was hurt', 'hurt']
      ]
    ],
    [
      'Three passengers were injured in the crash.',
      'Nobody was injured in the crash.',
      undefined,
      [
        ['number', 'Three', 'Nobody'],
        ['negation', 'injured', 'Nobody was injured']
      ]
    ],
    ['No one was killed in the crash.', 'Two passengers were injured in the crash.', undefined, []],
    ['No one was hurt in the fire.', 'Two firefighters were treated for smoke inhalation.', undefined, []],
    [
      'No one was killed in the crash.',
      'Two horses were killed in the crash.',
      undefined,
      [['negation', 'No one was killed', 'killed']]
    ],
    // "Nearly 300" falls short of what "more than 300" and "at least 300" exceed; against a lower bound below it, or a
    // figure near it, it fits.
    [
      'Nearly 300 people were killed in the quake.',
      'More than 300 people were killed in the quake.',
      undefined,
      [['number', 'Nearly 300', 'More than 300']]
    ],
    [
      'Almost 50 people were injured in the quake.',
      'At least 50 people were injured in the quake.',
      undefined,
      [['number', 'Almost 50', 'At least 50']]
    ],
    [
      'Nearly 300 people were killed in the quake.',
      'More than 250 people were killed in the quake.',
      undefined,
      []
    ],
    ['Nearly 300 people were killed in the quake.', '290 people were killed in the quake.', undefined, []],
    // A figure the other side gives as a part of its whole is no other value ("15 people, 12 of them in Texas").
    [
      'The storm killed 15 people, 12 of them in Texas.',
      'The storm killed 12 people in Texas.',
      undefined,
      []
    ],
    ['The storm killed 15 people.', 'The storm killed 12 people.', undefined, [['number', '15', '12']]],
    // A sum right after a verb of change is the change, and the figure after "to" the level it reached.
    ['Oil rose $2 to $95 a barrel.', 'Oil rose to $95 a barrel.', undefined, []],
    ['Oil rose to $95 a barrel.', 'Oil rose $2 a barrel.', undefined, []],
    // A toll with the perpetrator and one without are one apart ("including the gunman" / "before killing himself").
    [
      'Seven people, including the gunman, were killed.',
      'The gunman killed six people before killing himself.',
      undefined,
      []
    ],
    [
      'Six people were killed, not including the gunman.',
      'Seven people died, including the gunman.',
      undefined,
      []
    ],
    [
      'The gunman killed six people and then shot himself.',
      'Eight people were killed in the shooting.',
      undefined,
      [['number', 'six', 'Eight']]
    ],
    // "No injuries", "no arrests", "no deaths" are tolls of none too.
    [
      'No arrests have been made in the case.',
      'Police arrested two men in the case on Monday.',
      undefined,
      [['number', 'No arrests', 'two']]
    ],
    [
      'There were no deaths in the crash.',
      'Two people died in the crash.',
      undefined,
      [['number', 'no deaths', 'Two']]
    ],
    ['There were no injuries in the crash.', 'Two people died in the crash.', undefined, []],
    // Two perpetrators of one act differ by name; a country and its people are one, and a claim of responsibility
    // says who claimed it, not who did it.
    [
      'The cyberattack on Albania was carried out by Iranian hackers.',
      'The cyberattack on Albania was carried out by Russian hackers.',
      undefined,
      [['name', 'Iranian', 'Russian']]
    ],
    [
      'Iran was behind the cyberattack on Albania.',
      'Russia was behind the cyberattack on Albania.',
      undefined,
      [['name', 'Iran', 'Russia']]
    ],
    [
      'Iran was behind the cyberattack on Albania.',
      'The cyberattack on Albania was carried out by Iranian hackers.',
      undefined,
      []
    ],
    [
      'The bombing was blamed on Hezbollah.',
      'The bombing was blamed on Hamas.',
      undefined,
      [['name', 'Hezbollah', 'Hamas']]
    ],
    [
      'Hamas claimed responsibility for the bombing.',
      'Islamic Jihad claimed responsibility for the bombing.',
      undefined,
      []
    ],
    [
      'Hackers were behind the attack on the website.',
      'Iran was behind the attack on the website.',
      undefined,
      []
    ],
    [
      'The investigation is being conducted by John Bond.',
      'The investigation is being conducted by Mary Smith.',
      undefined,
      []
    ],
    // First names that sound alike are one name spelled two ways.
    [
      'Steven Smith, 45, was arrested on Monday.',
      'Stephen Smith, 45, was arrested on Monday.',
      undefined,
      [['name', 'Steven Smith', 'Stephen Smith']]
    ]
  ];
  it.each(cases)('%s | %s', (a, b, published, expected) => {
    const found = compareValues(claimOf(a, published), claimOf(b, published)).map((d) => [
      d.type,
      ...d.values
    ]);
    expect(found).toEqual(expected);
  });
});

describe('a year a record is measured against', () => {
  // "The deadliest since 2004" only measures; "since 2004, when 230,000 people died" tells that year's toll, which is
  // no value of this quake's.
  it.each([
    ['The quake was the deadliest since 2004, when 230,000 people died.', []],
    ['The quake killed 230,000 people.', ['number']]
  ])('%s / "The quake killed 12 people." -> %j', (text, expected) => {
    const result = analyzeEvent({
      event: { title: 'Quake' },
      articles: [
        { id: 'a', outlet: 'A', text, published: '2013-03-14' },
        { id: 'b', outlet: 'B', text: 'The quake killed 12 people.', published: '2013-03-14' }
      ]
    });
    expect(result.facts.flatMap((f) => f.discrepancies.map((d) => d.type))).toEqual(expected);
  });
});

describe('one outlet with another toll', () => {
  const toll = (outlet: string, n: string) => ({
    id: outlet,
    outlet,
    text: `${n} people were killed when the dam burst near Kellby on Monday. Officials said ${n.toLowerCase()} people were killed when the dam burst.`
  });
  const result = analyzeEvent({
    event: { title: 'dam' },
    articles: [toll('A', 'Four'), toll('B', 'Four'), toll('C', 'Five')]
  });

  it('paints only the odd outlet "differs"', () => {
    const fact = result.facts.find((g) => g.discrepancies.some((d) => d.type === 'number'))!;
    expect(fact.outlets).toEqual({ A: 'same', B: 'same', C: 'differ' });
  });
});

describe('an outlet that hedges what the others state', () => {
  const article = (outlet: string, drunk: string) => ({
    id: outlet,
    outlet,
    text: `A ${drunk} driver struck and killed a cyclist on Main Street in Kellby on Monday night.`
  });
  const result = analyzeEvent({
    event: { title: 'crash' },
    articles: [article('A', 'drunk'), article('B', 'drunk'), article('C', 'allegedly drunk')]
  });

  it('names the hedge and makes that outlet partial, not "differs"', () => {
    const fact = result.facts.find((g) => g.discrepancies.length)!;
    expect(fact.discrepancies.map((d) => [d.type, ...d.values])).toEqual([
      ['certainty', 'drunk', 'allegedly drunk'],
      ['certainty', 'drunk', 'allegedly drunk']
    ]);
    expect(fact.outlets).toEqual({ A: 'same', B: 'same', C: 'partial' });
    expect(fact.verdict).toBe('partial');
    const ac = result.agreement.find((r) => r.a === 'A' && r.b === 'C')!;
    expect([ac.same, ac.partial, ac.differ]).toEqual([0, 1, 0]);
  });

  // Whichever claim would be the most central, the hedging one is no yardstick while others state the fact: the
  // outlets that state it are 'same', not 'partial' against the hedge.
  const cause = (outlet: string, caused: string) => ({
    id: outlet,
    outlet,
    published: '2024-03-12',
    text: `A fire broke out at an oil refinery on Monday. The blaze ${caused} by a faulty valve, fire chief Michael Brown told reporters.`
  });
  it.each([
    ['first', ['may have been caused', 'was caused', 'was caused']],
    ['last', ['was caused', 'was caused', 'may have been caused']]
  ])('labels the fact with a plain statement when the hedge comes %s', (_, [a, b, c]) => {
    const fire = analyzeEvent({
      event: { title: 'fire' },
      articles: [cause('A', a), cause('B', b), cause('C', c)]
    });
    const fact = fire.facts.find((g) => g.discrepancies.length)!;
    const hedger = a.startsWith('may') ? 'A' : 'C';
    expect(fact.label).toContain('was caused');
    expect(Object.entries(fact.outlets).filter(([, v]) => v !== 'same')).toEqual([[hedger, 'partial']]);
  });
});

describe('which share of a whole a figure counts', () => {
  // [sentence, figure, slot]
  const cases: [string, string, string][] = [
    ['Crews sent 31 pieces of apparatus, including three ladder trucks.', 'three', 'part c:truck'],
    ['Two of the victims were children.', 'Two', 'part c:victim'],
    ['Rescuers found two more bodies in the river.', 'two', 'more c:body'],
    ['The island is home to 120,000 people.', '120,000', 'population'],
    ['Rescuers found five bodies in the river.', 'five', 'c:body'],
    // The whole a part is taken from, named after it; each figure of a list; a sum per something.
    ['Seven of the nine candidates will speak at the forum.', 'nine', 'whole c:candidate'],
    ['The chips are priced at $575 and $295.', '$575', 'listed u:usd'],
    ['Callers face fines of up to $11,000 per call.', 'up to $11,000', 'rate per call u:usd']
  ];
  it.each(cases)('%s (%s)', (sentence, figure, slot) => {
    const bySlot = quantitiesBySlot(claimOf(sentence));
    const found = [...bySlot].find(([, list]) => list.some((q) => q.text === figure));
    expect(found?.[0]).toBe(slot);
  });
});

describe('what a length measures', () => {
  it.each([
    ['The quake was 10 km deep.', 'depth'],
    ['It struck at a depth of 10 km.', 'depth'],
    ['The tower is 300 metres high.', 'height'],
    ['The tunnel is 5 km long.', 'long'],
    ['The river is 40 metres wide.', 'wide'],
    ['The quake struck 8 km from Anza.', 'distance anza'],
    ['It hit 10 miles off the coast of Chile.', 'distance chile'],
    ['He fell 200ft from a ridge near the glacier.', 'distance'],
    ['He fell 200 metres to his death.', '']
  ])('%s → %s', (text, expected) => {
    const claim = claimOf(text);
    const length = claim.numbers.find((q) => !/year/.test(q.unit ?? ''))!;
    expect(lengthDimension(length, claim.text, claim.start)).toBe(expected);
  });
});

describe('counts narrowed by other words count other sets', () => {
  // [first claim, second claim, expected discrepancy types]
  const cases: [string, string, string[]][] = [
    // A part of the other's set: it conflicts only when it is the larger count.
    ['He leaves a wife and two teenaged children.', 'He leaves a wife and three children.', []],
    ['He leaves a wife and five teenaged children.', 'He leaves a wife and three children.', ['number']],
    ['There are 27 overseas booths.', 'More than 2,000 booths were open.', []],
    ['Three strong aftershocks were felt.', 'At least four aftershocks were felt.', []],
    ['Four police officers were hurt in the clash.', 'Six officers were hurt in the clash.', []],
    ['Four police officers were hurt in the clash.', 'Three officers were hurt in the clash.', ['number']],
    // Picked members of a series: the last two games are not the next four.
    ['Bush will miss the last 2 games.', 'Bush missed the next four games after surgery.', []],
    ['Bush will miss the final two games.', 'Bush has missed four games.', []],
    // Each narrowed its own way: the sets may overlap.
    ['Two Iranian groups were behind the attack.', 'Three hacker groups were behind the attack.', []],
    // The same narrowing, or none, on both sides: the figures are compared.
    [
      'Two Iranian groups were behind the attack.',
      'Three Iranian groups were behind the attack.',
      ['number']
    ],
    ['Police said 12 people were injured.', 'Police said 18 people were injured.', ['number']]
  ];
  it.each(cases)('"%s" / "%s" → %j', (a, b, expected) => {
    expect(compareValues(claimOf(a), claimOf(b)).map((d) => d.type)).toEqual(expected);
  });
});

describe('the words that narrow a count', () => {
  // [sentence, figure, narrowing words]
  const cases: [string, string, string[]][] = [
    ['He leaves two teenaged children.', 'two', ['teenage']],
    ['Four police officers were hurt.', 'Four', ['police']],
    ['Two Iranian groups were behind it.', 'Two', ['iranian']],
    ['Three strong aftershocks were felt.', 'Three', ['strong']],
    ['Twelve people were hurt.', 'Twelve', []],
    ['Five dead people were found.', 'Five', []],
    ['Two of the teenaged children were hurt.', 'Two', ['teenage']],
    ['He missed the last two games.', 'two', ['last']],
    ['He missed the next four regular season games.', 'four', ['next', 'regular', 'season']],
    ['At least two games were lost.', 'two', []]
  ];
  it.each(cases)('%s (%s) → %j', (sentence, figure, expected) => {
    const claim = claimOf(sentence);
    const q = claim.numbers.find((n) => n.text.endsWith(figure))!;
    expect(countedModifiers(q, claim)).toEqual(expected);
  });
});

describe('a denial differs only from what is said of the denier', () => {
  // [first claim, second claim, expected discrepancy types]
  const cases: [string, string, string[]][] = [
    [
      'Mr. LaRue denied suggestions that he was Deep Throat.',
      'Woodward and Bernstein have maintained they would reveal Deep Throat only after his death.',
      []
    ],
    [
      'LaRue discounted rumors that he was Deep Throat.',
      'Bernstein has insisted Deep Throat was one person.',
      []
    ],
    ['LaRue denied that he was Deep Throat.', 'LaRue was rumored to be Deep Throat.', ['certainty']],
    // A side that opens with a pronoun may mean the denier.
    ['LaRue denied that he was Deep Throat.', 'He was rumored to be Deep Throat.', ['certainty']],
    // A denier a headline does not name may be named by the other side.
    [
      'Man denies arson at supermarket',
      'Robert Pitman was charged with arson at the supermarket.',
      ['certainty']
    ]
  ];
  it.each(cases)('"%s" / "%s" → %j', (a, b, expected) => {
    expect(compareValues(claimOf(a), claimOf(b)).map((d) => d.type)).toEqual(expected);
  });
});

describe('two places in claims that agree on everything else', () => {
  // The places are the rare words of such a pair: how close two claims are is read apart from their names and
  // figures, or the very values that differ would make them look unrelated.
  const discrepancies = (a: string, b: string) =>
    analyzeEvent({
      event: { title: 'arrest' },
      articles: [
        { id: 'a', outlet: 'A', text: a, published: '2012-12-15' },
        { id: 'b', outlet: 'B', text: b, published: '2012-12-15' }
      ]
    }).facts.flatMap((f) => f.discrepancies.map((d) => [d.type, ...d.values]));

  it.each([
    [
      'The suspect was arrested in Newark on Friday.',
      'The suspect was arrested in Boston on Friday.',
      [['place', 'Newark', 'Boston']]
    ],
    // A headline in title case capitalises every word: "Different Rehab" is no place.
    ['Lohan Checks Out Of Betty Ford And Into Malibu Rehab', 'Lohan To Check Into Different Rehab Centre', []]
  ])('%s | %s', (a, b, expected) => {
    expect(discrepancies(a, b)).toEqual(expected);
  });
});
