/** The name the person gave before (the `parallax_name` cookie), or '' (also during server rendering). */
export function readNameCookie(): string {
  if (typeof document === 'undefined') return '';
  const match = document.cookie.match(/(?:^|;\s*)parallax_name=([^;]*)/);
  if (!match) return '';
  try {
    return decodeURIComponent(match[1]);
  } catch {
    return match[1];
  }
}
