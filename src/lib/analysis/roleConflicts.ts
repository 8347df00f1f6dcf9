// Titles as values of a fact: one person given two different posts of one kind ("Defense Minister" / "Foreign
// Minister", "head coach" / "assistant coach"). A person holds several titles at once ("police inspector" and
// "police spokesman"), so titles of different kinds, or one containing the other ("officer" / "CHP officer"), do
// not conflict; nor do two descriptions of one post ("former lawyer" / "longtime lawyer", "Colts coach" / "head
// coach"): only words that name a post (POST_WORDS) can tell two posts apart. On the 27 ECB+ training events, every
// one of the 17 role discrepancies found before that last rule was two descriptions of one post.
import { lemmatize, shareMeaning } from './lemmatize';
import { POST_WORDS, SAME_POST } from './lexicon/roles';
import type { ValueDiscrepancy } from './compareValues';
import type { Claim } from './types';

/** Role discrepancies between two claims that name the same person with a title each. */
export function roleConflicts(a: Claim, b: Claim): ValueDiscrepancy[] {
  const out: ValueDiscrepancy[] = [];
  for (const x of a.entities) {
    if (!x.role) continue;
    const y = b.entities.find((e) => e.norm === x.norm && e.role);
    if (!y || !y.role) continue;
    const [ra, rb] = [
      portfolioFirst(expandInitials(x.role, y.role)),
      portfolioFirst(expandInitials(y.role, x.role))
    ];
    if (ra.includes(rb) || rb.includes(ra)) continue;
    if (roleHead(ra) !== roleHead(rb)) continue;
    if (!otherPosts(ra, rb)) continue;
    out.push({ type: 'role', values: [`${x.text}, ${x.role}`, `${y.text}, ${y.role}`] });
  }
  return out;
}

/** A title with its portfolio after "of" said with it before the head, as the other style has it: "secretary of
 * state" -> "state secretary", "minister of foreign affairs" -> "foreign affairs minister". */
function portfolioFirst(role: string): string {
  const m = /^(.*?)\s+of\s+(?:the\s+)?(.+)$/.exec(role);
  if (!m) return role;
  const words = m[1].split(/\s+/);
  return [...words.slice(0, -1), m[2], words[words.length - 1]].join(' ');
}

/** The post words before a title's head ("deputy foreign minister" -> deputy, foreign). */
function postWords(role: string): string[] {
  return role
    .split(/\s+/)
    .slice(0, -1)
    .filter((w) => POST_WORDS.has(w))
    .map((w) => SAME_POST[w] ?? w);
}

/** Whether two titles of one head name different posts: each has a post word and they share none. */
function otherPosts(ra: string, rb: string): boolean {
  const [pa, pb] = [postWords(ra), postWords(rb)];
  return pa.length > 0 && pb.length > 0 && !shareMeaning(pa, pb);
}

/**
 * `role` in lower case with each of its abbreviations written out as `other` spells it: "CHP Officer" against
 * "California Highway Patrol Officer" reads "california highway patrol officer".
 */
function expandInitials(role: string, other: string): string {
  const words = other.split(/\s+/);
  return role
    .split(/\s+/)
    .map((token) => {
      if (!/^[A-Z]{2,6}$/.test(token)) return token;
      for (let i = 0; i + token.length <= words.length; i++) {
        const run = words.slice(i, i + token.length);
        if (run.every((w, k) => w[0] === token[k])) return run.join(' ');
      }
      return token;
    })
    .join(' ')
    .toLowerCase();
}

/** The head noun of a title: "deputy secretary-general" -> "secretary-general", "Defense Minister" -> "minister". */
function roleHead(role: string): string {
  return lemmatize(role.trim().split(/\s+/).pop() ?? '');
}
