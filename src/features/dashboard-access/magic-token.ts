// Tokens for magic links and dashboard sessions: 32 random bytes, base64url in
// the link or cookie; only their sha256 is stored, so a database leak opens nothing.
import { createHash, randomBytes } from 'node:crypto';

export function createMagicToken(): string {
  return randomBytes(32).toString('base64url');
}

export function hashMagicToken(token: string): string {
  return createHash('sha256').update(token, 'utf8').digest('hex');
}
