// Who did it, as a value of a fact: "the attack was carried out by Iranian hackers" / "by Russian hackers", "Iran
// was behind the attack" / "Russia was behind the attack" name two perpetrators (a name discrepancy of the
// perpetrator's slot; the discrepancy type "attribution" is the source a claim is credited to, which is no
// discrepancy: compareValues). Only frames that say who did the act are read ("carried out by", "behind", "blamed
// on"), not who said so ("police said") nor who claimed it ("X claimed responsibility": two groups may both claim
// one attack). A country and its people are one perpetrator ("Iran" / "Iranian hackers"), and neither article may
// name the other's perpetrator anywhere (one that names both may be weighing two suspects).
import type { ValueDiscrepancy } from './compareValues';
import { isDemonym } from './features/findEntities';
import type { Claim } from './types';

/** The words before an agent named after its act: "carried out by", "blamed on" (not "conducted by" or "launched
 * by": an investigation and a product have makers, not perpetrators; not "attributed to", which names a source). */
const AGENT_AFTER =
  /\b(?:(?:carried out|perpetrated|orchestrated|committed|masterminded) by|(?:blamed|pinned) on)\s+(?:the\s+)?$/i;

/** The words after an agent named before its act: "was behind the attack", "carried out the bombing". */
const AGENT_BEFORE =
  /^\s+(?:(?:is|was|were|are|has been|have been|had been|may have been|might have been|is believed to have been|are believed to have been|was believed to be|were believed to be|appears to have been|appear to have been)\s+)?behind\s+(?:the|this|that|last|a|an|its|their|these|those)\b|^\s+(?:carried out|perpetrated|orchestrated|staged|masterminded)\s+(?:the|this|that|last|a|an)\b/i;

/** Peoples whose name does not begin as their country's does ("French" / "France"). */
const PEOPLE_OF: Record<string, string> = {
  french: 'france',
  spanish: 'spain',
  dutch: 'netherlands',
  american: 'united states',
  us: 'united states',
  'u.s.': 'united states',
  british: 'britain',
  uk: 'britain',
  swiss: 'switzerland',
  danish: 'denmark',
  swedish: 'sweden',
  polish: 'poland',
  filipino: 'philippines',
  welsh: 'wales'
};

interface Agent {
  text: string;
  norm: string;
}

/** A named agent (an entity) or a people ("Iranian hackers": "Iranian") starting or ending at `at`. */
function agentAt(c: Claim, at: number, side: 'start' | 'end'): Agent | undefined {
  const entity = c.entities.find((e) =>
    side === 'start' ? e.start - c.start === at : e.end - c.start === at
  );
  if (entity) return { text: entity.text, norm: PEOPLE_OF[entity.norm] ?? entity.norm };
  const word =
    side === 'start' ? /^[\p{L}.]+/u.exec(c.text.slice(at)) : /[\p{L}.]+$/u.exec(c.text.slice(0, at));
  if (!word || !/^\p{Lu}/u.test(word[0]) || !isDemonym(word[0].toLowerCase())) return undefined;
  return { text: word[0], norm: PEOPLE_OF[word[0].toLowerCase()] ?? word[0].toLowerCase() };
}

/** The perpetrators a claim names in a frame of who did it. */
function agentsOf(c: Claim): Agent[] {
  const out = new Map<string, Agent>();
  const add = (agent: Agent | undefined) => agent && out.set(agent.norm, agent);
  for (const m of c.text.matchAll(/\s+/g)) {
    const at = m.index! + m[0].length;
    if (AGENT_AFTER.test(c.text.slice(Math.max(0, at - 40), at))) add(agentAt(c, at, 'start'));
    if (AGENT_BEFORE.test(c.text.slice(m.index!, m.index! + 60))) add(agentAt(c, m.index!, 'end'));
  }
  return [...out.values()];
}

/** Whether two agents are one: the same name, one inside the other, or a country and its people ("iran" /
 * "iranian"), which begin with the same four letters. */
function sameAgent(x: string, y: string): boolean {
  if (x === y || x.includes(y) || y.includes(x)) return true;
  const [fx, fy] = [x.split(/\s+/), y.split(/\s+/)];
  return fx.length === fy.length && fx.every((w, i) => w.slice(0, 4) === fy[i].slice(0, 4) && w.length >= 4);
}

/**
 * The name discrepancy of two claims that each say who did the act, or none. `mentionedIn(side, norm)`
 * tells whether that side's article names the agent anywhere.
 */
export function perpetratorConflicts(
  a: Claim,
  b: Claim,
  mentionedIn: (side: 'a' | 'b', norm: string) => boolean
): ValueDiscrepancy[] {
  const [xa, xb] = [agentsOf(a), agentsOf(b)];
  if (xa.length !== 1 || xb.length !== 1) return [];
  const [x, y] = [xa[0], xb[0]];
  if (sameAgent(x.norm, y.norm) || mentionedIn('b', x.norm) || mentionedIn('a', y.norm)) return [];
  return [{ type: 'name', values: [x.text, y.text] }];
}
