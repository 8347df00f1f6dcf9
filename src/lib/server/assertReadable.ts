import { ValidationError } from './ValidationError';

/** C0 control characters and DEL, except tab, line feed and carriage return (which text may hold). */
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

/**
 * Refuses text a person cannot have meant: control characters (NUL and the like), and U+FFFD, the character a
 * decoder puts where bytes were not valid UTF-8 (JSON bodies, form posts and CLI files are decoded that way, so
 * this is where invalid UTF-8 shows). A 422 ValidationError naming the field; the CLI exits 2 with it.
 */
export function assertReadable(text: string, field: string, label = field): string {
  const control = CONTROL.exec(text);
  if (control) {
    const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
    throw new ValidationError(
      `${label} contains a control character (U+${code}).`,
      field,
      'control_character'
    );
  }
  if (text.includes('\uFFFD')) {
    throw new ValidationError(
      `${label} is not valid UTF-8 text (it holds U+FFFD where bytes could not be decoded).`,
      field,
      'encoding'
    );
  }
  return text;
}
