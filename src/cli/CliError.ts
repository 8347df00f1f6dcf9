/** Exit status for bad usage or bad input (as in BSD sysexits' spirit: the caller must fix something). */
export const EXIT_USAGE = 2;
/** Exit status when the engine itself fails on valid input. */
export const EXIT_FAILURE = 1;

/** An error the CLI reports as one line on stderr, with the exit status to use. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: number = EXIT_USAGE,
    /** Print the command's usage after the message (unknown command or option). */
    readonly showUsage = false
  ) {
    super(message);
    this.name = 'CliError';
  }
}
