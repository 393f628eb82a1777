import { CSP } from '../main/security';

/** The same Content-Security-Policy as the Electron window (a type-only import of Electron there). */
export const CONTENT_SECURITY_POLICY = CSP;

export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': CONTENT_SECURITY_POLICY,
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'no-referrer',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Resource-Policy': 'same-origin',
};

/**
 * The API answers only the page this server served. A browser sends Origin on cross-origin
 * requests and on every POST; the Host check stops DNS rebinding (another name resolving to
 * 127.0.0.1).
 */
export function isAllowedRequest(headers: { host?: string | undefined; origin?: string | undefined }, port: number): boolean {
  const own = new Set([`127.0.0.1:${port}`, `localhost:${port}`]);
  if (!headers.host || !own.has(headers.host.toLowerCase())) return false;
  if (headers.origin === undefined) return true;
  return [...own].some((h) => headers.origin === `http://${h}`);
}
