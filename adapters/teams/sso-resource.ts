// The Application ID URI the Entra app registration exposes for Teams SSO
// (docs/teams-setup.md, "Expose an API"): the manifest's webApplicationInfo.resource
// and an audience the tab's tokens may carry.
export function ssoResourceOf(botDomain: string, clientId: string): string {
  return `api://${botDomain}/${clientId}`;
}
