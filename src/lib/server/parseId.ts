/** The one reading of an id in a path: a positive whole number (at most 15 digits), or null for anything else. */
export function parseId(raw: string | undefined): number | null {
  const id = raw !== undefined && /^\d{1,15}$/.test(raw) ? Number(raw) : NaN;
  return Number.isSafeInteger(id) && id >= 1 ? id : null;
}
