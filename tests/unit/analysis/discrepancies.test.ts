import { describe, expect, it } from 'vitest';
import { comparePair } from '../../../src/lib/analysis/comparePair';
import { datesConflict, timeRounding } from '../../../src/lib/analysis/datesConflict';
import { quantitiesConflict } from '../../../src/lib/analysis/quantitiesConflict';
import type { DateValue, Quantity } from '../../../src/lib/analysis/types';

function quantity(text: string, value: number, extra: Partial<Quantity> = {}): Quantity {
  return { text, value, approx: false, bound: 'exact', start: 0, end: text.length, ...extra };
}

function date(
  text: string,
  from: string,
  to: string,
  precision: DateValue['precision'],
  extra: Partial<DateValue> = {}
): DateValue {
  return { text, from, to, precision, relative: false, start: 0, end: text.length, ...extra };
}

describe('quantitiesConflict', () => {
  const cases: [string, Quantity, Quantity, boolean][] = [
    [
      'different lower bounds are different tolls',
      quantity('at least 1', 1, { bound: 'min' }),
      quantity('at least 5', 5, { bound: 'min' }),
      true
    ],
    [
      'vague vs bound is compatible',
      quantity('dozens', 24, { bound: 'vague' }),
      quantity('at least 50', 50, { bound: 'min' }),
      false
    ],
    ['4.6 vs 4.7 magnitude', quantity('4.6', 4.6), quantity('4.7', 4.7), true],
    [
      '1.2 vs 12 miles',
      quantity('1.2 miles', 1.2, { unit: 'mile' }),
      quantity('12 miles', 12, { unit: 'mile' }),
      true
    ],
    ['equal points', quantity('26', 26), quantity('twenty-six', 26), false],
    [
      'approximate values within 15%',
      quantity('about 300', 300, { approx: true }),
      quantity('310', 310),
      false
    ],
    ['point inside a lower bound', quantity('more than 40', 40, { bound: 'min' }), quantity('45', 45), false],
    ['point below a lower bound', quantity('more than 40', 40, { bound: 'min' }), quantity('12', 12), true],
    ['range containing a point', quantity('between 5 and 7', 5, { max: 7 }), quantity('6', 6), false],
    // Two different approximations are different reported figures; one approximation tolerates 15%.
    [
      'about 150 vs about 200',
      quantity('about 150', 150, { approx: true }),
      quantity('about 200', 200, { approx: true }),
      true
    ],
    ['about 3,000 vs 3,000', quantity('about 3,000', 3000, { approx: true }), quantity('3,000', 3000), false],
    ['about 3,000 vs 3,200', quantity('about 3,000', 3000, { approx: true }), quantity('3,200', 3200), false]
  ];
  it.each(cases)('%s', (_, a, b, expected) => {
    expect(quantitiesConflict(a, b)).toBe(expected);
    expect(quantitiesConflict(b, a)).toBe(expected);
  });
});

describe('datesConflict', () => {
  const cases: [string, DateValue, DateValue, boolean][] = [
    [
      'mid-July vs July 15',
      date('mid-July', '2022-07-10', '2022-07-20', 'vague'),
      date('July 15', '2022-07-15', '2022-07-15', 'day'),
      false
    ],
    [
      'July vs July 15',
      date('July', '2022-07-01', '2022-07-31', 'month'),
      date('July 15', '2022-07-15', '2022-07-15', 'day'),
      false
    ],
    [
      'Thursday vs Friday',
      date('Thursday', '2013-03-14', '2013-03-14', 'day'),
      date('Friday', '2013-03-15', '2013-03-15', 'day'),
      true
    ],
    [
      '7 p.m. vs 11 p.m. the same day',
      date('7 p.m.', '2013-09-13', '2013-09-13', 'time', { time: '19:00' }),
      date('11 p.m.', '2013-09-13', '2013-09-13', 'time', { time: '23:00' }),
      true
    ],
    [
      'relative vs absolute, same day of a different resolved year',
      date('March 14', '2000-03-14', '2000-03-14', 'day', { relative: true }),
      date('March 14, 2013', '2013-03-14', '2013-03-14', 'day'),
      false
    ]
  ];
  it.each(cases)('%s', (_, a, b, expected) => {
    expect(datesConflict(a, b)).toBe(expected);
  });
});

describe('timeRounding', () => {
  // [time as stated, the claim's words before it, minutes it may be off]
  const cases: [string, string, string, number][] = [
    ['2:09 a.m.', '02:09', 'The quake struck at ', 10],
    ['2:45 a.m.', '02:45', 'The quake struck at ', 15],
    ['2:30 a.m.', '02:30', 'The quake struck at ', 30],
    ['2 a.m.', '02:00', 'The quake struck at ', 90],
    ['2:09 a.m.', '02:09', 'The quake struck at about ', 90],
    ['2:09 a.m.', '02:09', 'The quake struck shortly after ', 90]
  ];
  it.each(cases)('%s (%s) after "%s"', (text, time, before, expected) => {
    const d = date(text, `2013-03-14T${time}`, `2013-03-14T${time}`, 'time', { time });
    expect(timeRounding(d, before)).toBe(expected);
  });
});

describe('typed discrepancies between two sentences (through the claim extractor)', () => {
  const cases: [string, string, string | null][] = [
    [
      'At least 1 person was killed in the earthquake.',
      'At least 5 people were killed in the earthquake.',
      'number'
    ],
    ['Dozens of people were injured in the blast.', 'At least 50 people were injured in the blast.', null],
    [
      'The magnitude 4.6 earthquake struck at 2:09 a.m.',
      'The magnitude 4.7 earthquake struck at 2:09 a.m.',
      'number'
    ],
    ['The quake was 1.2 miles deep.', 'The quake was 12 miles deep.', 'number'],
    // Lengths are compared in metres across units: 150 m vs 200 ft (61 m) differ, 60 m vs 200 ft agree.
    ['He fell about 150 m to his death.', 'He fell 200ft to his death.', 'number'],
    ['He fell about 60 m to his death.', 'He fell 200ft to his death.', null],
    ['The festival will take place in mid-July.', 'The festival will take place on July 15.', null],
    ['The quake struck on Thursday, March 14.', 'The quake struck on Friday, March 15.', 'date'],
    // Without publication dates a day named relatively ("today", "Sunday") is not compared, with or without a time;
    // a time that names no day is compared with the other's time.
    [
      'The organizers extended the contest until 8am today.',
      'The organizers extended the contest until 6 p.m. Sunday.',
      null
    ],
    ['The quake struck at 2:09 a.m. on July 3.', 'The quake struck at 2:09 a.m. on July 4.', 'date'],
    ['The quake struck at 2:09 a.m.', 'The quake struck at 3:30 a.m.', 'date'],
    ['Duncan Rait, 32, died in the fall.', 'Duncan Raite, 32, died in the fall.', 'name'],
    // A score is a value of its game: two scores under one verb differ, whichever side each names first.
    ['The team won the game 3-1 on Saturday.', 'The team won the game 2-1 on Saturday.', 'number'],
    ['The team won the game 3-1 on Saturday.', 'The team beat its rivals 3-1 on Saturday.', null],
    ['The Colts beat the Chiefs 31-24 on Sunday.', 'The Chiefs lost 24-31 to the Colts on Sunday.', null],
    // A first name spelled two ways with one surname is one person's name spelled two ways; two first names in one
    // claim are two people.
    [
      'The victim was identified as Michael Brown, 18.',
      'The victim was identified as Micheal Brown, 18.',
      'name'
    ],
    ['Mark Smith and Mary Smith were arrested on Monday.', 'Mary Smith was arrested on Monday.', null],
    // Accents dropped are the same spelling.
    ['Prime Minister Jean Chrétien spoke on Monday.', 'Prime Minister Jean Chretien spoke on Monday.', null],
    // A hedged property against the same property stated is a certainty discrepancy, which makes the hedging
    // outlet partial, not "differs" (verdicts.ts, isHedgeOnly); a denial against a statement differs.
    [
      'Police arrested the driver, who was drunk.',
      'Police arrested the driver, who was allegedly drunk.',
      'certainty'
    ],
    [
      'The company denied that it had laid off 200 workers.',
      'The company laid off 200 workers.',
      'certainty'
    ],
    // A denial conflicts only with what it denies, and refusing something ("denied bail") is no denial.
    ['A man has denied arson following a fire at the depot.', 'A major fire broke out at the depot.', null],
    [
      'Denying he was a gangster, Rossi wandered the streets in a bathrobe.',
      'Rossi wandered the streets in a bathrobe.',
      null
    ],
    [
      'Mr Vance denied suggestions that he was the informant.',
      'Vance was rumored to be the informant.',
      'certainty'
    ],
    [
      'He has been denied bail and will appear in court on Monday.',
      'He will appear in court on Monday.',
      null
    ],
    [
      "Regulators denied Nordlab's drug application in March, saying the trial was flawed.",
      "Regulators rejected Nordlab's application in March, saying the trial was flawed.",
      null
    ],
    [
      'The prosecutor denied a defence offer to plead guilty in exchange for a life sentence.',
      'The defence offered to plead guilty in exchange for a life sentence.',
      null
    ],
    [
      'The new rule would deny them the protections the law provides.',
      'The law provides protections for the wolves.',
      null
    ],
    [
      'The defence denied that the driver had been drinking.',
      'The driver had been drinking, the prosecutor said.',
      'certainty'
    ],
    [
      '"We had nothing to do with the hiring decision," a Nordlab spokesman said.',
      'Nordlab had absolutely nothing to do with the hiring decision, its spokesman said.',
      null
    ],
    // A speaker about themself ("I was scared") is not the outlet about the person the other side hedges.
    [
      'The witness is reportedly scared to take the stand.',
      '"I was scared," the witness told the court.',
      null
    ],
    // Two free sentences have no publication dates and may be reports of different days: weekdays and
    // "yesterday" are not compared, dates with a month or a day number are.
    [
      'The navy intercepted the pirate boats on Thursday.',
      'The navy intercepted the pirate boats on Friday.',
      null
    ],
    [
      'The drug won approval from regulators yesterday.',
      'The drug won approval from regulators on Friday.',
      null
    ],
    ['He will be sentenced on July 3.', 'He will be sentenced on July 30.', 'date'],
    // Decimals written with a space after the point, as detokenized text has them.
    ['The 6. 1-magnitude quake struck the island.', 'The 6.1-magnitude quake struck the island.', null],
    ['The 6. 1-magnitude quake struck the island.', 'The 5.9-magnitude quake struck the island.', 'number'],
    // "$2.6-million" is millions; sums in two currencies are not compared.
    ['Thieves in $2. 6 million heist on Paris store', 'Thieves in $2. 6-million heist on Paris store', null],
    ['Two million euro heist at a Paris store', 'Thieves in $2.6 million heist at a Paris store', null],
    ['Two million euro heist at a Paris store', 'Three million euro heist at a Paris store', 'number'],
    // A difference is no value of the slot; a sum with no noun is one slot only through its verb.
    [
      'The champion won the fight in six rounds.',
      'The champion won the fight five rounds sooner than last time.',
      null
    ],
    [
      'Allegedly, Ross was paid $3 million to direct the film.',
      'Now that the film is a hit with more than $363 million in the till, the question is whether Ross will return.',
      null
    ],
    [
      'The director was paid $3 million for the film.',
      'The director was paid $5 million for the film.',
      'number'
    ],
    // An age belongs to the noun it describes, not to a name further on.
    [
      'Andrew Lopez, 20, fired the shots from the roof.',
      'An 11-year-old girl was wounded by sniper Andrew Lopez.',
      null
    ],
    [
      'Andrew Lopez, 20, fired the shots from the roof.',
      'Sniper Andrew Lopez, 22, fired the shots.',
      'number'
    ],
    // A street block is an address, and a rate is another slot than a total.
    [
      'The deputy was shot in the 12000 block of Main Street.',
      'The deputy was shot in the 12500 block of Main Street.',
      null
    ],
    [
      'The club offered the player $200 million.',
      'The club offered the player roughly $22 million per season.',
      null
    ],
    // Dates conflict only when they date the same happening (its verb, or the noun they date).
    ['The cable broke on 8 October 2011.', 'The cable broke on 9 October 2011.', 'date'],
    ['The cable went down on 8 October 2011.', 'The cable was repaired on 29 October 2011.', null],
    [
      'The deputy was killed on June 24, 2005.',
      'He was convicted of the June 20, 2005 robbery of a bank.',
      null
    ],
    // Both sides deny the same thing (one inside a quotation): no negation conflict.
    [
      "He said the pie business doesn't fit the company's growth strategy.",
      '"The pie business does not fit our growth strategy.',
      null
    ],
    [
      'Shareholders will get 0.09 shares of Palm for each share they own.',
      'Shareholders will receive 0.09 Palm shares (and no shares of PalmSource) for each share they own.',
      null
    ],
    ['We believe the claims to be without merit.', '"We believe the claims are without merit."', null],
    [
      'The navy intercepted the pirate boats on Thursday.',
      'On Thursday the navy intercepted the pirate boats.',
      null
    ],
    // A weekday after a reporting verb dates the statement, not the event.
    [
      'Police said Monday the climber died after a fall in the national park.',
      'The climber died on Friday after a fall in the national park.',
      null
    ],
    // A running total is another span than one operation's figure; two running totals compare, however worded.
    ['Six rifles were seized from the boats.', 'The ship has seized a total of 14 rifles so far.', null],
    ['The ship has seized a total of 14 rifles so far.', 'The ship has seized 12 rifles to date.', 'number'],
    ['The ship has seized 14 rifles so far this year.', 'The ship has seized 12 rifles so far.', null],
    // So is a sum over several parts ("a combined 157 games with two teams") against one part's figure.
    [
      'In 54 games with the Hawks he hit .358 with 13 home runs.',
      'Playing in a combined 157 games with the Hawks and Owls, Diaz had 33 homers.',
      null
    ],
    [
      'Playing in 54 games with the Hawks, he hit .358 with 13 home runs.',
      'Playing in 157 games with the Hawks, Diaz had 33 homers.',
      'number'
    ],
    // Two running totals are compared as any two figures are: a count of people whose verb names no outcome is one
    // slot only through its verb.
    [
      'A total of 20 people had been inside the building.',
      'A total of 20,000 people took to the streets.',
      null
    ],
    ['Six rifles were seized from the boats.', '14 rifles were seized from the boats.', 'number'],
    // Two numbers of different slots in aligned sentences must not be compared.
    [
      'The navy intercepted three boats and arrested 26 pirates.',
      'Navy commandos captured 26 pirates after intercepting the boats.',
      null
    ],
    // "No passenger was ejected" denies the ejecting, not that there were passengers; both sides may deny.
    [
      'Rescuers said no passenger was ejected from the bus.',
      'Rescuers said some of the passengers were thrown from the bus.',
      null
    ],
    [
      'No decisions have been made about moving the troops.',
      'Decisions have been made about moving the troops.',
      'negation'
    ],
    [
      'The agency said no date has been set for the visit.',
      'The agency accepted, although no date has been set for the visit.',
      null
    ],
    [
      'Sales of the software have grown since the inquiry began, but the company has denied that unfair practices are behind it.',
      'The company denied that unfair practices were behind the growth in sales of the software since the inquiry began.',
      null
    ],
    ['A drunk driver killed the woman.', 'An allegedly drunk driver killed the woman.', 'certainty'],
    [
      'A drunk driver killed the woman, police said.',
      'An allegedly drunk driver killed the woman.',
      'certainty'
    ],
    [
      'The driver was charged after the crash.',
      'Police arrested the allegedly drunk driver after the crash.',
      null
    ],
    // One doer's act stated against the same act alleged is a difference in certainty; what was done to someone
    // ("was struck") is another question than who did it.
    ['Smith struck the woman with his car.', 'Smith allegedly struck the woman with his car.', 'certainty'],
    ['The woman was struck by a car.', 'Smith allegedly struck the woman with his car.', null],
    // "possibly", "probably", "likely" hedge like "allegedly".
    ['The man was probably armed, police said.', 'The man was armed, police said.', 'certainty'],
    ['The fire was probably caused by faulty wiring.', 'The fire was caused by faulty wiring.', 'certainty'],
    [
      'The fire was probably caused by faulty wiring.',
      'The fire was possibly caused by faulty wiring.',
      null
    ],
    // A prediction ("will likely invoke") and what may be done ("can invoke") are no act on either side.
    [
      'He will likely invoke the Congressional Review Act to overturn the rules.',
      'He invoked the Congressional Review Act to overturn the rules.',
      null
    ],
    [
      'He likely invoked the Congressional Review Act to overturn the rules.',
      'Members can invoke the Congressional Review Act to overturn the rules.',
      null
    ],
    [
      'He likely invoked the Congressional Review Act to overturn the rules.',
      'He invoked the Congressional Review Act to overturn the rules.',
      'certainty'
    ],
    // "shot" read as the noun it can be is still the act between its doer and its object.
    [
      'The suspect allegedly shot three people at the mall.',
      'The suspect shot three people at the mall.',
      'certainty'
    ],
    ['The suspect allegedly shot three people at the mall.', 'A shot rang out at the mall.', null],
    [
      'The gunman is thought to have shot his former boss at the plant.',
      'The gunman shot his former boss at the plant.',
      'certainty'
    ],
    // An act that may have happened ("may have fled", "is believed to have destroyed") is hedged against the same
    // act stated; "could have" says what did not happen, and a belief someone states is no plain statement.
    ['The suspect may have fled the country.', 'The suspect fled the country.', 'certainty'],
    [
      'The fire may have been caused by a discarded cigarette.',
      'The fire was caused by a discarded cigarette.',
      'certainty'
    ],
    [
      'The fire is believed to have destroyed the kitchen of the restaurant.',
      'The fire destroyed the kitchen of the restaurant.',
      'certainty'
    ],
    [
      'The storm may have caused flooding in the valley.',
      'The earthquake caused flooding in the valley.',
      null
    ],
    [
      'The gunman could have taken the lives of bank employees inside.',
      'The gunman took the lives of bank employees inside.',
      null
    ],
    [
      'The coroner said he believes that LaRue died on Saturday.',
      'LaRue is believed to have died on Saturday.',
      null
    ],
    [
      'The Angels are believed to have offered at least $160 million for the first baseman.',
      'The Orioles, according to reports, have offered at least $160 million for the first baseman.',
      null
    ],
    [
      'The guards drove to the Baytown area, where Comeaux took their weapons, handcuffed them together and ran away.',
      'Comeaux allegedly handcuffed the officers together in the vehicle.',
      'certainty'
    ],
    [
      'None of the other teams has been reported to have offered more than eight years.',
      'The Nationals offered more than eight years.',
      null
    ],
    // Ordinals rank members of a series: her first and her second hosting are not conflicting counts.
    [
      'DeGeneres will host the Oscars for a second time.',
      'DeGeneres was a popular host the first time she hosted the Oscars.',
      null
    ],
    // Ages belong to their holder: the victim's and the driver's ages are not one slot.
    [
      'Jane Doe, 59, was struck by a car driven by John Roe.',
      'John Roe, 23, was arrested after the car struck the woman.',
      null
    ],
    ['Jane Doe, 59, was struck by a car.', 'Jane Doe, 61, was struck by a car.', 'number'],
    [
      'A 36-year-old climber died after a fall.',
      'Robert Buckley, 32, died after a fall on the mountain.',
      null
    ],
    [
      'On Saturday, 32-year-old Englishman Robert Buckley fell to his death.',
      'On Saturday, 31-year-old Robert Buckley fell to his death.',
      'number'
    ],
    // A month with no day dates an earlier happening the story recalls: its figures are not the current one's.
    [
      'In January, five cables were cut off the coast.',
      'Three cables were cut off the coast on Friday.',
      null
    ],
    [
      'In January, five cables were cut off the coast.',
      'In January, three cables were cut off the coast.',
      'number'
    ],
    [
      'A quake killed more than 31,000 people in the city of Bam in December 2003.',
      'The quake killed at least 10 people in the city on Sunday.',
      null
    ],
    [
      'At the end of July, a gunman stole jewellery worth €103 million from a hotel.',
      'Robbers stole jewellery worth €2 million from a boutique on Monday.',
      null
    ],
    [
      'A quake killed more than 26,000 people in the city of Bam in December 2003.',
      'In December 2003, a quake killed more than 31,000 people in the city of Bam.',
      'number'
    ],
    // A figure counted over another span (a season, a career, the past days) is not one incident's.
    [
      'At least 70 people have been hurt in the protests over the past eight days.',
      'The crowd attacked a television crew, injuring at least two people.',
      null
    ],
    [
      'At least 70 people have been hurt in the protests over the past eight days.',
      'At least 60 people have been hurt in the protests over the past eight days.',
      'number'
    ],
    ['Bush missed 10 games this season.', 'Bush missed eight games with a fracture.', null],
    ['Bush missed 10 games this season.', 'Bush missed eight games this season.', 'number'],
    ['Bush missed 10 games this season.', 'Bush missed eight games last season.', null],
    ['Bush has two touchdowns in his last two games.', 'Bush has nine touchdowns.', null],
    ['McDermott had 10 points in the first half.', 'McDermott scored 23 points in the game.', null],
    ['McDermott had 10 points in the first 7 ½ minutes.', 'McDermott scored 23 points in the game.', null],
    // A figure hyphened to a noun names a kind of the next noun: "three-point plays" count plays, not points.
    ['Echenique scored two three-point plays.', 'Echenique scored 11 points.', null],
    ['The Colts won 10 games.', 'The Colts won one-possession games.', null],
    ['A two-car crash closed the road.', 'A three-car crash closed the road.', 'number'],
    ['A five-member panel heard the case.', 'A seven-member panel heard the case.', 'number'],
    // An average is a rate, not one game's count.
    ['Hansbrough averaged a team-high 22.8 points.', 'Hansbrough scored 20 points in the game.', null],
    ['Hansbrough averaged 22.8 points.', 'Hansbrough averaged 20.1 points.', 'number'],
    // A surname alone is another sentence's full name only if that sentence uses the surname for no one else.
    [
      "The bodies of his ex-girlfriend and Gomes' mother, Catherine Gomes, 61, were found.",
      '35-year-old Gomes faces two counts of murder.',
      null
    ],
    [
      'On Saturday, Robert Buckley, 32, died in the fall.',
      'On Saturday, climber Buckley, 31, died in the fall.',
      'number'
    ],
    // Populations of two places the sentences name are two slots.
    [
      'The quake hit Qeshm island, home to 120,000 people.',
      'The quake hit Bandar Abbas, a city of 500,000 people.',
      null
    ],
    [
      'The quake hit Qeshm island, home to 120,000 people.',
      'The quake hit Qeshm island, home to 200,000 people.',
      'number'
    ],
    // The place can be the sentence's subject; a place of another kind is another place.
    [
      "Qeshm is Iran's largest island, with a population of 120,000.",
      'The quake hit Bandar Abbas, a city of 500,000 people.',
      null
    ],
    [
      "Qeshm is Iran's largest island, with a population of 120,000.",
      'The quake hit Qeshm island, home to 200,000 people.',
      'number'
    ],
    [
      'Residents of the island, which is home to about 100,000 people, slept outside.',
      'The quake hit Bandar Abbas, a city of 500,000 people.',
      null
    ],
    [
      'Residents of the island, which is home to about 100,000 people, slept outside.',
      'The island is home to 200,000 people.',
      'number'
    ],
    ['The country has a population of 80 million.', 'The country has a population of 95 million.', 'number'],
    // A player's tally is one slot only with the same player's, named on both sides.
    ['Richard Carter scored 14 points in the game.', 'Richard Carter had 12 points in the game.', 'number'],
    ['The guard scored 16 points in the win.', 'The guard scored 20 points in the win.', null],
    ['The running back ran for 101 yards.', 'The running back ran for 86 yards.', null],
    ['The quarterback threw for 364 yds.', 'The quarterback threw for 329 yds.', null],
    [
      'The company sold 16 million phones in the quarter.',
      'The company sold 20 million phones in the quarter.',
      'number'
    ],
    // Counts of one noun under different actions count different things; a conversion is one figure.
    [
      'The crew spotted five boats approaching the convoy.',
      'The warship intercepted three boats approaching the convoy.',
      null
    ],
    ['The warship intercepted five boats.', 'The warship intercepted three boats.', 'number'],
    ['He fell about 150 metres to his death.', 'He fell about 60 metres (200 feet) to his death.', 'number'],
    ['He fell about 60 metres to his death.', 'He fell about 60 metres (200 feet) to his death.', null],
    // The whole a share is taken of is no count of the event's; two such wholes still compare.
    ['Engineers said three out of four cables were cut.', 'Three undersea cables were cut on Friday.', null],
    [
      'Officials said one in every 500 users was exposed.',
      'Officials said more than 2 million users were exposed.',
      null
    ],
    [
      'Officials said one in every 500 users was exposed.',
      'Officials said one in every 400 users was exposed.',
      'number'
    ],
    ['Four undersea cables were cut.', 'Three undersea cables were cut.', 'number'],
    // A count of games measures an activity, as a span of time does: compared only under one action.
    [
      'An ankle injury limited him to only six games this season, and Diaz looked sharp in Week 16.',
      'But he missed 10 total games this season and had only 269 yards.',
      null
    ],
    ['Diaz missed six games this season.', 'Diaz missed 10 games this season.', 'number'],
    // A sum "for" a name is that name's (figureHolder): two sums for one name still compare.
    [
      'It was a five-year, $70 million contract for Sam Ortiz.',
      'It was a five-year, $75 million contract for Sam Ortiz.',
      'number'
    ],
    // Whose thing it was is no count of them; one value of a list says nothing against the list's other value.
    [
      "He put on one guard's uniform and stole a shotgun before fleeing.",
      'He escaped after pulling a gun on two guards driving him to another prison.',
      null
    ],
    [
      'The patch applies only to 32-bit versions of the browser.',
      'Both 32- and 64-bit versions of the browser are affected.',
      null
    ],
    [
      'The patch applies only to 32-bit versions of the browser.',
      'The patch applies only to 64-bit versions of the browser.',
      'number'
    ],
    // A change is no level; two changes, or two levels, still compare.
    [
      'The number of infected users was increasing by 50 per cent every day.',
      'Roughly 0.2 percent of users may have been infected.',
      null
    ],
    ['Shares of the company rose 5% on Monday.', 'Shares of the company rose 7% on Monday.', 'number'],
    // A number still needed is not one reached.
    [
      'Hansen needed 9 points coming in and set the record with a bank shot.',
      "Hansen's 20 points were an afterthought on the night.",
      null
    ],
    ['Hansen scored 9 points and set the record.', 'Hansen scored 20 points and set the record.', 'number'],
    // A fighter's record in parentheses is that fighter's; an abbreviation's plural ("KOs") names a tally.
    [
      'Perez (31-4, 22 KOs) fought Moreno for the title on Saturday.',
      'Moreno (40-2, 28 KOs) fought Perez for the title on Saturday.',
      null
    ],
    [
      'Moreno (40-2, 28 KOs) won the title fight on Saturday.',
      'Moreno (40-2, 27 KOs) kept his title on Saturday.',
      'number'
    ],
    // Spelling variants of a surname are name discrepancies however many people a sentence names; the same
    // two spellings in one sentence are two people.
    [
      "Mr Buckley's death came a day after Duncan Rait died on the ridge.",
      "Mr Buckley's death came a day after Duncan Raite died on the ridge.",
      'name'
    ],
    [
      'Police said John Smith and Anna Smyth were hurt in the crash.',
      'Police said Anna Smyth and John Smith were hurt in the crash.',
      null
    ],
    // One person, several titles: only two titles of one kind conflict.
    [
      'Police inspector Dave Gaskin said the man fell near the hut.',
      'Police spokesman Dave Gaskin said the man fell near the hut.',
      null
    ],
    [
      'NATO sent a high-level delegation to Albania on Wednesday to help the Balkan country deal with the aftermath of the recent cyberattack.',
      'NATO has sent a high-level delegation to Albania to help the country deal with the aftermath of the recent cyber attack.',
      null
    ]
  ];
  it.each(cases)('%s | %s', (a, b, expected) => {
    const types = comparePair(a, b).discrepancies.map((d) => d.type);
    if (expected) expect(types).toContain(expected);
    else expect(types).toEqual([]);
  });
});
