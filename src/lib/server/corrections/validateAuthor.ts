import { ValidationError } from '../ValidationError';
import { assertReadable } from '../assertReadable';

/** The name a person gave (kept in the `parallax_name` cookie): required for every change. */
export function validateAuthor(author: unknown): string {
  const name =
    typeof author === 'string'
      ? assertReadable(author, 'author', 'The name').replace(/\s+/g, ' ').trim()
      : '';
  if (!name)
    throw new ValidationError('Say who you are: give your name before making changes.', 'author', 'required');
  if (name.length > 100)
    throw new ValidationError('The name is too long (100 characters at most).', 'author');
  return name;
}

export function validateReason(reason: unknown): string {
  if (reason === undefined || reason === null) return '';
  if (typeof reason !== 'string') throw new ValidationError('The reason must be text.', 'reason');
  const r = assertReadable(reason, 'reason', 'The reason').trim();
  if (r.length > 2000)
    throw new ValidationError('The reason is too long (2000 characters at most).', 'reason');
  return r;
}
