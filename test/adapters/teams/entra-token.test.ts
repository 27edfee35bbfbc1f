// Teams SSO tokens checked against a local key set standing in for Entra ID:
// only a token signed by the tenant's key, from the bound tenant, for this app,
// still valid and with the SSO scope gets through; each defect has its own refusal.
import './no-network.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createEntraTokenVerifier, type EntraResult } from '../../../adapters/teams/entra-token.ts';
import { CLIENT_ID, OTHER_TENANT, RESOURCE, TENANT, startEntraStandIn, unsignedToken, type EntraStandIn } from '../../support/entra-stand-in.ts';

const OID = '0b6f2d4c-3a1e-4f5b-8c9d-7e6a5b4c3d21';

describe('Entra ID token verification (Teams SSO)', () => {
  let entra: EntraStandIn;
  let verify: (token: string) => Promise<EntraResult>;
  beforeAll(async () => {
    entra = await startEntraStandIn();
    verify = createEntraTokenVerifier({ clientId: CLIENT_ID, resource: RESOURCE, tenantIds: [TENANT], jwksUrl: entra.jwksUrl });
  });
  afterAll(() => entra.close());

  it('accepts a valid token (client id or api:// resource as audience) and reads tenant, object id and e-mail', async () => {
    const byClientId = await verify(await entra.sign({ oid: OID, preferred_username: 'Sanne@Zorg.example' }));
    expect(byClientId).toEqual({ ok: true, user: { tenantId: TENANT, objectId: OID, email: 'sanne@zorg.example', name: 'Test Persoon' } });
    expect(await verify(await entra.sign({ oid: OID, aud: RESOURCE }))).toMatchObject({ ok: true });
    // The v1 issuer for the same tenant is Entra's too.
    expect(await verify(await entra.sign({ oid: OID, iss: `https://sts.windows.net/${TENANT}/` }))).toMatchObject({ ok: true });
    expect(entra.requests.every((url) => url === `/${TENANT}/discovery/v2.0/keys`)).toBe(true);
  });

  it('refuses another audience', async () => {
    expect(await verify(await entra.sign({ oid: OID, aud: 'api://other.example/00000000-0000-4000-8000-000000000000' }))).toEqual({ ok: false, reason: 'audience' });
  });

  it('refuses an issuer of another tenant, and a token from a tenant that is not bound', async () => {
    expect(await verify(await entra.sign({ oid: OID, iss: `https://login.microsoftonline.com/${OTHER_TENANT}/v2.0` }))).toEqual({ ok: false, reason: 'issuer' });
    expect(await verify(await entra.sign({ oid: OID, iss: 'https://evil.example/v2.0' }))).toEqual({ ok: false, reason: 'issuer' });
    expect(await verify(await entra.sign({ oid: OID, tid: OTHER_TENANT }))).toEqual({ ok: false, reason: 'tenant' });
  });

  it('refuses an expired token and one not yet valid, beyond the clock tolerance', async () => {
    expect(await verify(await entra.sign({ oid: OID, expiresIn: -120 }))).toEqual({ ok: false, reason: 'expired' });
    expect(await verify(await entra.sign({ oid: OID, notBeforeIn: 600 }))).toEqual({ ok: false, reason: 'expired' });
    // Within the tolerance (a client clock a little behind) it is still accepted.
    expect(await verify(await entra.sign({ oid: OID, expiresIn: -20 }))).toMatchObject({ ok: true });
  });

  it('refuses a token signed by another key with the same key id', async () => {
    expect(await verify(await entra.sign({ oid: OID }, { forged: true }))).toEqual({ ok: false, reason: 'signature' });
  });

  it('refuses an unsigned token (alg: none) and garbage', async () => {
    const now = Math.floor(Date.now() / 1000);
    const none = unsignedToken({ tid: TENANT, oid: OID, scp: 'access_as_user', aud: CLIENT_ID, iss: `https://login.microsoftonline.com/${TENANT}/v2.0`, iat: now, nbf: now, exp: now + 3600 });
    const result = await verify(none);
    expect(result.ok).toBe(false);
    expect(['malformed', 'signature']).toContain(result.ok ? '' : result.reason);
    expect(await verify('not-a-jwt')).toEqual({ ok: false, reason: 'malformed' });
  });

  it('refuses a token without the access_as_user scope', async () => {
    expect(await verify(await entra.sign({ oid: OID, scp: 'User.Read' }))).toEqual({ ok: false, reason: 'scope' });
  });

  it('says the keys are unavailable when the JWKS cannot be fetched (no fallback to accepting)', async () => {
    const offline = createEntraTokenVerifier({ clientId: CLIENT_ID, tenantIds: [TENANT], jwksUrl: 'http://127.0.0.1:9/{tid}/keys' });
    expect(await offline(await entra.sign({ oid: OID }))).toEqual({ ok: false, reason: 'keys_unavailable' });
  });
});
