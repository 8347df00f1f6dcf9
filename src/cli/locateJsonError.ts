// V8's JSON.parse messages often carry no position ("Unexpected token '}', ..."): this scanner finds the offset
// of the first character that breaks the JSON grammar, so errors can say "line 3 column 15". Only run on failure.

const WHITESPACE = /[ \t\n\r]/;
const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const STRING_BODY = /(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*/y;

class Broken {
  constructor(readonly offset: number) {}
}

/** Offset of the first character where `text` stops being JSON, or -1 when it is valid. */
export function locateJsonError(text: string): number {
  let i = 0;
  const fail = (): never => {
    throw new Broken(i);
  };
  const skip = () => {
    while (i < text.length && WHITESPACE.test(text[i])) i++;
  };
  const expect = (char: string) => {
    skip();
    if (text[i] !== char) fail();
    i++;
  };
  const string = () => {
    expect('"');
    STRING_BODY.lastIndex = i;
    STRING_BODY.exec(text);
    i = STRING_BODY.lastIndex;
    if (text[i] !== '"') fail();
    i++;
  };
  // An object's members or an array's items: `item` repeated, separated by commas, up to `close`.
  const items = (close: string, item: () => void): void => {
    i++;
    skip();
    if (text[i] === close) return void i++;
    for (;;) {
      item();
      skip();
      if (text[i] === ',') i++;
      else if (text[i] === close) return void i++;
      else fail();
    }
  };
  const value = (): void => {
    skip();
    const c = text[i];
    if (c === '{')
      return items('}', () => {
        string();
        expect(':');
        value();
      });
    if (c === '[') return items(']', value);
    if (c === '"') return string();
    for (const word of ['true', 'false', 'null']) {
      if (text.startsWith(word, i)) return void (i += word.length);
    }
    NUMBER.lastIndex = i;
    if (NUMBER.exec(text)) return void (i = NUMBER.lastIndex);
    fail();
  };
  try {
    value();
    skip();
    if (i < text.length) fail();
    return -1;
  } catch (error) {
    if (error instanceof Broken) return error.offset;
    throw error;
  }
}

/** 1-based line and column of a UTF-16 offset. */
export function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  return { line: before.split('\n').length, column: offset - before.lastIndexOf('\n') };
}
