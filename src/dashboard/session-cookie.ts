// The session cookie and the CSRF token derived from it. The cookie holds a random
// token (its sha256 is the stored key); the CSRF token is an HMAC of the session
// token, so it is tied to the session and needs no storage (synchronizer pattern).
import { createHmac, timingSafeEqual } from 'node:crypto';
import type { Request } from 'express';

export const SESSION_COOKIE = 'rro_dashboard';
export const SESSION_HOURS = 8;

export function readSessionToken(req: Request): string | null {
  const header = req.headers.cookie ?? '';
  for (const part of header.split(';')) {
    const [name, ...rest] = part.trim().split('=');
    if (name === SESSION_COOKIE) {
      const value = rest.join('=');
      return /^[A-Za-z0-9_-]{20,100}$/.test(value) ? value : null;
    }
  }
  return null;
}

export function buildSessionCookie(token: string, secure: boolean, maxAgeSeconds = SESSION_HOURS * 3600): string {
  return `${SESSION_COOKIE}=${token}; Path=/dashboard; HttpOnly; SameSite=Lax; Max-Age=${maxAgeSeconds}${secure ? '; Secure' : ''}`;
}

/**
 * The Teams tab's cookie. The tab is a frame on teams.microsoft.com, so to the browser our
 * cookie is third-party: SameSite=Lax would never be sent back. SameSite=None needs Secure
 * (browsers drop it otherwise), and Partitioned (CHIPS) keeps it usable where third-party
 * cookies are blocked, stored only for the Teams top-level site. Over plain http (a local
 * test, no frame) it stays SameSite=Lax. Login CSRF is handled by the JSON-only sign-in POST.
 */
export function buildTabSessionCookie(token: string, secure: boolean, maxAgeSeconds = SESSION_HOURS * 3600): string {
  const site = secure ? 'SameSite=None; Secure; Partitioned' : 'SameSite=Lax';
  return `${SESSION_COOKIE}=${token}; Path=/dashboard; HttpOnly; ${site}; Max-Age=${maxAgeSeconds}`;
}

export function buildClearedCookie(secure: boolean, tab = false): string {
  return tab ? buildTabSessionCookie('', secure, 0) : buildSessionCookie('', secure, 0);
}

export function csrfTokenFor(sessionToken: string): string {
  return createHmac('sha256', sessionToken).update('rro-dashboard-csrf').digest('base64url');
}

export function isValidCsrf(sessionToken: string, given: unknown): boolean {
  if (typeof given !== 'string') return false;
  const expected = Buffer.from(csrfTokenFor(sessionToken));
  const actual = Buffer.from(given);
  return actual.length === expected.length && timingSafeEqual(actual, expected);
}
