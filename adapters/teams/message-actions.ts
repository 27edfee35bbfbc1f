// The message extension's command ids: declared in the app manifest (build-teams-package.ts)
// and answered by the composeExtension handlers (teams-dialogs.ts) — one name for both.
export const SHARE_AS_SUCCESS_COMMAND = 'shareAsSuccess';
