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

export function buildClearedCookie(secure: boolean): string {
  return buildSessionCookie('', secure, 0);
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
