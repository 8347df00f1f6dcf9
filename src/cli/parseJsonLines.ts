import { CliError } from './CliError';
import { locateJsonError } from './locateJsonError';
import { InputError } from '../lib/analysis/validateInput';

export interface NumberedItem<T> {
  /** 1-based line number in the input, blank lines counted. */
  line: number;
  value: T;
}

/**
 * Parses JSON lines, validating each with `validate` and requiring unique `id`s. Blank lines are skipped. Every
 * error names its line: "line 4: invalid JSON: …", "line 7: text must be a non-empty string".
 */
export function parseJsonLines<T extends { id: string }>(
  text: string,
  validate: (value: unknown) => T
): NumberedItem<T>[] {
  const items: NumberedItem<T>[] = [];
  const lineOfId = new Map<string, number>();
  const lines = text.split('\n');
  lines.forEach((raw, index) => {
    const line = index + 1;
    const source = raw.replace(/\r$/, '');
    if (source.trim() === '') return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(source);
    } catch (error) {
      const offset = locateJsonError(source);
      const found = offset >= source.length ? 'end of line' : JSON.stringify(source[offset]);
      const detail = offset < 0 ? (error as Error).message : `unexpected ${found} at column ${offset + 1}`;
      throw new CliError(`line ${line}: invalid JSON: ${detail}`);
    }
    let value: T;
    try {
      value = validate(parsed);
    } catch (error) {
      if (error instanceof InputError) throw new CliError(`line ${line}: ${error.message}`);
      throw error;
    }
    const earlier = lineOfId.get(value.id);
    if (earlier !== undefined) {
      throw new CliError(`line ${line}: id ${JSON.stringify(value.id)} is already used on line ${earlier}`);
    }
    lineOfId.set(value.id, line);
    items.push({ line, value });
  });
  if (items.length === 0) throw new CliError('input holds no JSON lines');
  return items;
}
