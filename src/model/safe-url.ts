/**
 * The URL as a link target only when it parses as http: or https:. A dataset from a file is
 * untrusted: `javascript:` or `data:` in it must never become a clickable link.
 */
export function httpUrl(raw: string | undefined): string | null {
  if (!raw) return null;
  try {
    const url = new URL(raw.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}
