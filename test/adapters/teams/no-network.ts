// Imported first by every Teams test: the loopback-only guard, and none of the
// variables the SDK reads when no credentials are passed (CLIENT_ID …).
import '../../support/no-network.ts';

for (const name of ['CLIENT_ID', 'CLIENT_SECRET', 'TENANT_ID', 'SERVICE_URL', 'DANGEROUSLY_ALLOW_UNAUTHENTICATED_REQUESTS', 'MANAGED_IDENTITY_CLIENT_ID']) delete process.env[name];
