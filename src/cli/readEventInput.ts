import { CliError } from './CliError';
import { InputError, validateEventInput } from '../lib/analysis/validateInput';
import type { EventInput } from '../lib/analysis/types';

/** Validates a parsed event file, turning field errors into CLI errors ("articles[3].text must be …"). */
export function readEventInput(value: unknown): EventInput {
  try {
    return validateEventInput(value);
  } catch (error) {
    if (error instanceof InputError) throw new CliError(error.message);
    throw error;
  }
}
