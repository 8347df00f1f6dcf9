// The `parallax` command line: engine subcommands over JSON files and pipes. bin/parallax.js registers tsx and
// calls main(); everything here returns an exit status instead of calling process.exit, so output gets flushed.

import { CliError, EXIT_FAILURE, EXIT_USAGE } from './CliError';
import type { Command } from './Command';
import { analyze } from './commands/analyze';
import { backupCommand } from './commands/backupCommand';
import { cluster } from './commands/cluster';
import { exportCommand } from './commands/exportCommand';
import { importCommand } from './commands/importCommand';
import { pairs } from './commands/pairs';
import { restoreCommand } from './commands/restoreCommand';
import { parseOptions } from './parseOptions';

export const COMMANDS: Command[] = [
  analyze,
  pairs,
  cluster,
  importCommand,
  exportCommand,
  backupCommand,
  restoreCommand
];

function overview(): string {
  const width = Math.max(...COMMANDS.map((c) => c.name.length));
  return [
    'Usage: parallax <command> [options]',
    '',
    'Commands:',
    ...COMMANDS.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    "Run 'parallax <command> --help' for a command's input, output and options."
  ].join('\n');
}

const isHelp = (arg: string) => arg === '--help' || arg === '-h';

export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined) {
    process.stderr.write(overview() + '\n');
    return EXIT_USAGE;
  }
  if (isHelp(name) || name === 'help') {
    const topic = COMMANDS.find((c) => c.name === rest[0]);
    process.stdout.write((topic ? topic.usage : overview()) + '\n');
    return 0;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    process.stderr.write(`parallax: unknown command '${name}'\n\n${overview()}\n`);
    return EXIT_USAGE;
  }
  // --help wins over anything else on the line, even options that would not parse.
  if (rest.some(isHelp)) {
    process.stdout.write(command.usage + '\n');
    return 0;
  }
  try {
    await command.run(parseOptions(command, rest));
    return 0;
  } catch (error) {
    if (error instanceof CliError) {
      process.stderr.write(`parallax ${command.name}: ${error.message}\n`);
      if (error.showUsage) process.stderr.write(`\n${command.usage}\n`);
      return error.exitCode;
    }
    process.stderr.write(
      `parallax ${command.name}: internal error: ${(error as Error).stack ?? String(error)}\n`
    );
    return EXIT_FAILURE;
  }
}
