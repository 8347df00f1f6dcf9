// Parser for the ECB+ corpus (Cybulska & Vossen 2014) in its original CROMER XML. Pure: XML text in, data out.

export interface EcbToken {
  id: number;
  sentence: number;
  text: string;
  /** UTF-16 offsets of the token in EcbDocument.text. */
  start: number;
  end: number;
}

export interface EcbSentence {
  /** The `sentence` attribute of its tokens. */
  n: number;
  start: number;
  end: number;
  text: string;
}

export interface EcbMention {
  id: string;
  /** Markable tag, e.g. ACTION_OCCURRENCE, HUMAN_PART_PER, LOC_GEO, TIME_DATE. */
  tag: string;
  tokens: number[];
}

export interface EcbDocument {
  /** File name without extension, e.g. "21_3ecbplus". */
  name: string;
  topic: number;
  /** "ecb" and "ecbplus" files of a topic describe two different real-world events. */
  subtopic: 'ecb' | 'ecbplus';
  /** Sentence 0 of ecbplus files is the article's URL; it is not part of `text`. */
  url?: string;
  text: string;
  tokens: EcbToken[];
  sentences: EcbSentence[];
  mentions: EcbMention[];
  /** Cross-document coreference: instance id (ACT…, NEG…, HUM…, LOC…, TIM…, NON…) -> mention ids in this file. */
  chains: { instance: string; mentions: string[] }[];
}

const NAME = /^(\d+)_(\d+)(ecbplus|ecb)$/;

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
function unescapeXml(s: string): string {
  return s.replace(/&(#x[0-9a-f]+|#\d+|\w+);/gi, (m, e: string) => {
    if (e[0] === '#')
      return String.fromCodePoint(e[1] === 'x' || e[1] === 'X' ? parseInt(e.slice(2), 16) : +e.slice(1));
    return ENTITIES[e] ?? m;
  });
}

/** No space before these tokens ("word ," -> "word,"). */
const NO_SPACE_BEFORE = /^(?:[.,;:!?%)\]}”’]|'s|'S|n't|'re|'ve|'ll|'d|'m|’s|’re|’ve|’ll|’d|’m|\.\.\.)$/;
/** No space after these tokens ("( word" -> "(word"). */
const NO_SPACE_AFTER = /^[([{$£€#“‘]$/;
const TERMINAL = /[.!?]["'”’)]*$/;

export function parseEcbName(name: string): { topic: number; subtopic: 'ecb' | 'ecbplus' } {
  const m = NAME.exec(name);
  if (!m) throw new Error(`Not an ECB+ document name: ${name}`);
  return { topic: Number(m[1]), subtopic: m[3] as 'ecb' | 'ecbplus' };
}

/**
 * Parses one ECB+ document. The article text is rebuilt from tokens: sentences are joined with a space, but a
 * sentence without final punctuation (a headline or a dateline) ends its line, so the text reads as printed.
 */
export function parseEcbDocument(xml: string, name: string): EcbDocument {
  const { topic, subtopic } = parseEcbName(name);
  const raw: { id: number; sentence: number; text: string }[] = [];
  const tokenRe = /<token\b([^>]*)>([\s\S]*?)<\/token>/g;
  for (let m; (m = tokenRe.exec(xml));) {
    const attrs = m[1];
    const id = Number(/t_id="(\d+)"/.exec(attrs)?.[1]);
    const sentence = Number(/sentence="(\d+)"/.exec(attrs)?.[1]);
    if (!Number.isFinite(id) || !Number.isFinite(sentence))
      throw new Error(`${name}: token without t_id/sentence`);
    raw.push({ id, sentence, text: unescapeXml(m[2]).trim() });
  }
  if (raw.length === 0) throw new Error(`${name}: no tokens`);

  let url: string | undefined;
  const bySentence = new Map<number, typeof raw>();
  for (const t of raw) {
    if (subtopic === 'ecbplus' && t.sentence === 0) {
      url = (url ?? '') + t.text;
      continue;
    }
    if (!bySentence.has(t.sentence)) bySentence.set(t.sentence, []);
    bySentence.get(t.sentence)!.push(t);
  }

  let text = '';
  const tokens: EcbToken[] = [];
  const sentences: EcbSentence[] = [];
  const ordered = [...bySentence.entries()].sort((a, b) => a[0] - b[0]);
  ordered.forEach(([n, toks], i) => {
    if (i > 0) text += TERMINAL.test(sentences[i - 1].text) ? ' ' : '\n';
    const start = text.length;
    let prev = '';
    let openQuote = false;
    for (const tok of toks) {
      if (!tok.text) continue;
      // PTB-style quotes back to plain ones.
      const t = { ...tok, text: tok.text === '``' || tok.text === "''" ? '"' : tok.text };
      const isQuote = t.text === '"';
      let space = text.length > start && !NO_SPACE_BEFORE.test(t.text) && !NO_SPACE_AFTER.test(prev);
      if (t.text === '-' || prev === '-') space = false; // "hit - and - run" was "hit-and-run"
      if (/^\d+$/.test(t.text) && prev === ':' && /\d:$/.test(text)) space = false; // "9: 29" -> "9:29"
      if (/^[a-z]\.$/i.test(t.text) && /(^|\s)[a-z]\.$/i.test(text.slice(-3))) space = false; // "p. m." -> "p.m."

      if (isQuote) {
        // Opening quotes attach to what follows, closing quotes to what precedes.
        if (openQuote) space = false;
        openQuote = !openQuote;
      } else if (prev === '"' && openQuote) space = false;
      if (space) text += ' ';
      tokens.push({
        id: t.id,
        sentence: n,
        text: t.text,
        start: text.length,
        end: text.length + t.text.length
      });
      text += t.text;
      prev = t.text;
    }
    sentences.push({ n, start, end: text.length, text: text.slice(start) });
  });

  const mentions: EcbMention[] = [];
  const markables = /<Markables>([\s\S]*?)<\/Markables>/.exec(xml)?.[1] ?? '';
  const markRe = /<([A-Z_]+)\s+m_id="(\d+)"[^>]*?(\/>|>([\s\S]*?)<\/\1>)/g;
  for (let m; (m = markRe.exec(markables));) {
    const anchors = [...(m[4] ?? '').matchAll(/t_id="(\d+)"/g)].map((a) => Number(a[1]));
    mentions.push({ id: m[2], tag: m[1], tokens: anchors });
  }

  const chains: EcbDocument['chains'] = [];
  const relations = /<Relations>([\s\S]*?)<\/Relations>/.exec(xml)?.[1] ?? '';
  const relRe = /<CROSS_DOC_COREF\b[^>]*note="([^"]+)"[^>]*>([\s\S]*?)<\/CROSS_DOC_COREF>/g;
  for (let m; (m = relRe.exec(relations));) {
    const sources = [...m[2].matchAll(/<source m_id="(\d+)"/g)].map((s) => s[1]);
    chains.push({ instance: m[1], mentions: sources });
  }

  return { name, topic, subtopic, url, text, tokens, sentences, mentions, chains };
}

/** Sentence numbers (the `sentence` attribute) mentioning each cross-document instance, for gold alignment. */
export function instanceSentences(doc: EcbDocument): Map<string, Set<number>> {
  const sentenceOfToken = new Map(doc.tokens.map((t) => [t.id, t.sentence]));
  const mentionSentences = new Map(
    doc.mentions.map((m) => [
      m.id,
      new Set(m.tokens.map((t) => sentenceOfToken.get(t)).filter((s) => s !== undefined))
    ])
  );
  const out = new Map<string, Set<number>>();
  for (const c of doc.chains) {
    const set = out.get(c.instance) ?? new Set<number>();
    for (const id of c.mentions) for (const s of mentionSentences.get(id) ?? []) set.add(s);
    out.set(c.instance, set);
  }
  return out;
}
