import { CliError } from './CliError';

/** "at position 57" in V8's message -> "line 3 column 12", so people can find the mistake in their file. */
function describePosition(text: string, message: string): string {
  const position = /position (\d+)/.exec(message);
  if (!position) return message;
  const offset = Number(position[1]);
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  const column = offset - before.lastIndexOf('\n');
  return `${message.replace(/\s*\(line \d+ column \d+\)/, '')} (line ${line} column ${column})`;
}

/** Parses a whole JSON document or throws a CliError saying where it broke. */
export function parseJson(text: string, what = 'input'): unknown {
  if (text.trim() === '') throw new CliError(`${what} is empty: expected a JSON object`);
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${what} is not valid JSON: ${describePosition(text, (error as Error).message)}`);
  }
}
