import { CliError } from './CliError';
import { lineAndColumn, locateJsonError } from './locateJsonError';

/** Parses a whole JSON document or throws a CliError saying where it broke ("unexpected '}' at line 3 column 15"). */
export function parseJson(text: string, what = 'input'): unknown {
  if (text.trim() === '') throw new CliError(`${what} is empty: expected a JSON object`);
  try {
    return JSON.parse(text);
  } catch (error) {
    const offset = locateJsonError(text);
    if (offset < 0)
      throw new CliError(`${what} is not valid JSON: ${(error as Error).message.split('\n')[0]}`);
    const { line, column } = lineAndColumn(text, offset);
    const found = offset >= text.length ? 'end of input' : JSON.stringify(text[offset]);
    throw new CliError(`${what} is not valid JSON: unexpected ${found} at line ${line} column ${column}`);
  }
}
