import { readFile } from 'node:fs/promises';
import { CliError } from './CliError';

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin)
    chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : chunk);
  return Buffer.concat(chunks).toString('utf8');
}

/** The whole input as text: the file given with --in, else standard input. A leading BOM is dropped. */
export async function readInput(file: string | undefined): Promise<string> {
  let text: string;
  if (file === undefined || file === '-') {
    text = await readStdin();
  } else {
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      throw new CliError(
        `cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? (error as Error).message}`
      );
    }
  }
  return text.replace(/^\uFEFF/, '');
}
