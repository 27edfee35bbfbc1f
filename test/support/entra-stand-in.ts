// A local key set standing in for Entra ID: an RS256 key pair, its JWKS served on
// 127.0.0.1 at /{tid}/discovery/v2.0/keys (like login.microsoftonline.com), and a
// signer for Teams SSO tokens with real claim shapes. A second key pair signs forgeries.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { exportJWK, generateKeyPair, SignJWT, type CryptoKey } from 'jose';

export const TENANT = '5c2a1e4f-8b3d-4f6a-9c1e-2d7b8a9f0e31';
export const OTHER_TENANT = '9a1b2c3d-4e5f-4a6b-8c7d-0e1f2a3b4c5d';
export const CLIENT_ID = '7b2c6f0e-1d3a-4c59-9a8e-2f4b6d8e0a11';
export const RESOURCE = `api://rro.zorg.example/${CLIENT_ID}`;

export interface TokenClaims {
  oid: string;
  tid?: string;
  aud?: string;
  iss?: string;
  preferred_username?: string;
  scp?: string;
  /** Seconds relative to `now`. */
  expiresIn?: number;
  notBeforeIn?: number;
}

export interface EntraStandIn {
  jwksUrl: string;
  requests: string[];
  sign(claims: TokenClaims, opts?: { forged?: boolean; now?: Date }): Promise<string>;
  close(): Promise<void>;
}

export async function startEntraStandIn(): Promise<EntraStandIn> {
  const real = await generateKeyPair('RS256');
  const forger = await generateKeyPair('RS256');
  const jwk = { ...(await exportJWK(real.publicKey)), kid: 'entra-test-key-1', use: 'sig', alg: 'RS256' };
  const requests: string[] = [];
  const server: Server = createServer((req, res) => {
    requests.push(req.url ?? '');
    if (req.url === `/${TENANT}/discovery/v2.0/keys` || req.url === `/${OTHER_TENANT}/discovery/v2.0/keys`) {
      res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ keys: [jwk] }));
    } else res.writeHead(404).end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  return {
    jwksUrl: `http://127.0.0.1:${port}/{tid}/discovery/v2.0/keys`,
    requests,
    async sign(c, opts = {}) {
      const now = Math.floor((opts.now ?? new Date()).getTime() / 1000);
      const tid = c.tid ?? TENANT;
      const key: CryptoKey = opts.forged ? forger.privateKey : real.privateKey;
      // The same kid on a forgery: the signature, not the key id, must give it away.
      return new SignJWT({ tid, oid: c.oid, scp: c.scp ?? 'access_as_user', ver: '2.0', name: 'Test Persoon', ...(c.preferred_username ? { preferred_username: c.preferred_username } : {}) })
        .setProtectedHeader({ alg: 'RS256', kid: 'entra-test-key-1', typ: 'JWT' })
        .setIssuer(c.iss ?? `https://login.microsoftonline.com/${tid}/v2.0`)
        .setAudience(c.aud ?? CLIENT_ID)
        .setIssuedAt(now - 60)
        .setNotBefore(now + (c.notBeforeIn ?? -60))
        .setExpirationTime(now + (c.expiresIn ?? 3600))
        .sign(key);
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

/** An unsigned token (`alg: none`) with otherwise valid claims. */
export function unsignedToken(claims: Record<string, unknown>): string {
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  return `${part({ alg: 'none', typ: 'JWT' })}.${part(claims)}.`;
}
