import type { Command } from './Command';

/**
 * What the JSON-lines commands (pairs, cluster) share: --in/--out, no positionals, and the help text's options
 * and exit-status part. `atomically` says when the output file is written.
 */
export function jsonLinesCommand(
  command: Pick<Command, 'name' | 'summary' | 'run'> & { synopsis: string; atomically: string }
): Command {
  return {
    name: command.name,
    summary: command.summary,
    usage: `Usage: parallax ${command.name} [--in FILE] [--out FILE]

${command.synopsis}

Options:
  --in FILE    read from FILE instead of standard input
  --out FILE   write to FILE (atomically, only when ${command.atomically}) instead of standard output
  -h, --help   show this help

Exit status: 0 on success, 2 on bad usage or a malformed line (the error names the line), 1 when the engine fails.`,
    options: { in: { type: 'string' }, out: { type: 'string' } },
    positionals: { min: 0, max: 0 },
    run: command.run
  };
}
