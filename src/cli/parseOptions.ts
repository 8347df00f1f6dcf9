import { parseArgs } from 'node:util';
import { CliError } from './CliError';
import type { Command, ParsedOptions } from './Command';

/** Parses a subcommand's arguments strictly: unknown options, missing values and extra arguments are usage errors. */
export function parseOptions(command: Command, args: string[]): ParsedOptions {
  let parsed: ParsedOptions;
  try {
    const result = parseArgs({ args, options: command.options, allowPositionals: true, strict: true });
    parsed = { values: result.values as ParsedOptions['values'], positionals: result.positionals };
  } catch (error) {
    // node's messages are specific ("Unknown option '--x'"); the advice about '--' after them is noise here.
    const message = (error as Error).message.split('\n')[0].split('. To specify a positional')[0];
    throw new CliError(message, undefined, true);
  }
  const { min, max } = command.positionals;
  const count = parsed.positionals.length;
  if (count > max) throw new CliError(`unexpected argument '${parsed.positionals[max]}'`, undefined, true);
  if (count < min) throw new CliError(`missing argument (expected ${min})`, undefined, true);
  return parsed;
}
