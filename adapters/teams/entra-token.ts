// The Teams tab's single sign-on token → who it is. Teams hands the tab an Entra ID
// access token for our own API (getAuthToken); we check it with jose: RS256 only,
// signed by a key from the tenant's JWKS, issued by that tenant (v2 or v1 issuer),
// meant for this app (audience), inside its lifetime, with the `access_as_user` scope.
// Only the bound tenant(s) are accepted; their keys are fetched per tenant and cached by jose.
import { createRemoteJWKSet, decodeJwt, errors, jwtVerify, type JWTPayload } from 'jose';
import { z } from 'zod';

/** Microsoft's published keys; `{tid}` is replaced by the tenant id. Tests point it at 127.0.0.1. */
export const ENTRA_JWKS_URL = 'https://login.microsoftonline.com/{tid}/discovery/v2.0/keys';
/** The scope the app registration exposes for Teams SSO (docs/teams-setup.md). */
export const SSO_SCOPE = 'access_as_user';
const CLOCK_TOLERANCE_SECONDS = 60;

export interface EntraVerifierOptions {
  clientId: string;
  /** Application ID URI, `api://<host>/<client-id>`; tokens carry it or the client id as audience. */
  resource?: string | undefined;
  /** The tenant(s) whose users may sign in (the organisation's bound tenant). */
  tenantIds: string[];
  jwksUrl?: string | undefined;
  /** The clock, for tests; default the system clock. */
  now?: () => Date;
}

export interface EntraUser {
  tenantId: string;
  /** Entra object id: the Teams identity's platformUserId (aadObjectId). */
  objectId: string;
  email?: string;
  name?: string;
}

export type EntraRefusal = 'malformed' | 'tenant' | 'signature' | 'issuer' | 'audience' | 'expired' | 'scope' | 'keys_unavailable';
export type EntraResult = { ok: true; user: EntraUser } | { ok: false; reason: EntraRefusal };

const ZClaims = z.object({
  tid: z.string().uuid(),
  oid: z.string().uuid(),
  scp: z.string(),
  preferred_username: z.string().max(320).optional(),
  upn: z.string().max(320).optional(),
  name: z.string().max(200).optional(),
});

function refusalOf(err: unknown): EntraRefusal {
  if (err instanceof errors.JWTExpired) return 'expired';
  if (err instanceof errors.JWTClaimValidationFailed) {
    if (err.claim === 'iss') return 'issuer';
    if (err.claim === 'aud') return 'audience';
    if (err.claim === 'nbf') return 'expired';
    return 'malformed';
  }
  if (err instanceof errors.JWSSignatureVerificationFailed || err instanceof errors.JWKSNoMatchingKey || err instanceof errors.JOSEAlgNotAllowed) return 'signature';
  if (err instanceof errors.JWSInvalid || err instanceof errors.JWTInvalid || err instanceof errors.JOSENotSupported) return 'malformed';
  // The key set could not be fetched or read (timeout, non-200, network): not the user's fault.
  return 'keys_unavailable';
}

export function createEntraTokenVerifier(opts: EntraVerifierOptions): (token: string) => Promise<EntraResult> {
  const keySets = new Map<string, ReturnType<typeof createRemoteJWKSet>>();
  const keysOf = (tid: string) => {
    let set = keySets.get(tid);
    if (!set) {
      set = createRemoteJWKSet(new URL((opts.jwksUrl ?? ENTRA_JWKS_URL).replace('{tid}', encodeURIComponent(tid))), { timeoutDuration: 5000 });
      keySets.set(tid, set);
    }
    return set;
  };
  const audience = [opts.clientId, ...(opts.resource ? [opts.resource] : [])];

  return async (token) => {
    // The tenant picks the issuer and key set; it is only trusted after the signature check below.
    let unverified: JWTPayload;
    try {
      unverified = decodeJwt(token);
    } catch {
      return { ok: false, reason: 'malformed' };
    }
    const tid = typeof unverified.tid === 'string' ? unverified.tid : '';
    if (!opts.tenantIds.includes(tid)) return { ok: false, reason: 'tenant' };
    try {
      const { payload } = await jwtVerify(token, keysOf(tid), {
        algorithms: ['RS256'],
        issuer: [`https://login.microsoftonline.com/${tid}/v2.0`, `https://sts.windows.net/${tid}/`],
        audience,
        clockTolerance: CLOCK_TOLERANCE_SECONDS,
        requiredClaims: ['exp', 'iat', 'tid', 'oid'],
        ...(opts.now ? { currentDate: opts.now() } : {}),
      });
      const claims = ZClaims.safeParse(payload);
      if (!claims.success || claims.data.tid !== tid) return { ok: false, reason: 'malformed' };
      if (!claims.data.scp.split(' ').includes(SSO_SCOPE)) return { ok: false, reason: 'scope' };
      const email = claims.data.preferred_username ?? claims.data.upn;
      return {
        ok: true,
        user: { tenantId: tid, objectId: claims.data.oid, ...(email?.includes('@') ? { email: email.toLowerCase() } : {}), ...(claims.data.name ? { name: claims.data.name } : {}) },
      };
    } catch (err) {
      return { ok: false, reason: refusalOf(err) };
    }
  };
}
