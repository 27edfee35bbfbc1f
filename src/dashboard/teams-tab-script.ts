// The tab's two small scripts, served from our own origin (script-src 'self' + TeamsJS).
// Neither runs anything unless TeamsJS is there: opened outside Teams, the start page
// keeps its server-rendered "open this in Teams" text and the other pages work without them.

/** On the start page: ask Teams for the SSO token, post it, go to the tab's overview. */
export const TAB_SIGN_IN_SCRIPT = `(function () {
  'use strict';
  var status = document.getElementById('tab-status');
  var teams = window.microsoftTeams;
  function show(text) { status.textContent = text; }
  if (!teams || !teams.app || !teams.authentication) return;
  show(status.getAttribute('data-signing-in'));
  teams.app.initialize()
    .then(function () { return teams.authentication.getAuthToken(); })
    .then(function (token) {
      return fetch(status.getAttribute('data-post'), {
        method: 'POST', credentials: 'same-origin',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token: token })
      });
    })
    .then(function (res) {
      return res.json().then(function (body) {
        if (res.ok && body.next) window.location.replace(body.next);
        else show(body.message || status.getAttribute('data-failed'));
      });
    })
    .catch(function () { show(status.getAttribute('data-failed')); });
})();
`;

/** On every other tab page: tell Teams the page is ready (TeamsJS v2 expects app.initialize). */
export const TAB_INIT_SCRIPT = `(function () {
  'use strict';
  var teams = window.microsoftTeams;
  if (teams && teams.app) teams.app.initialize().catch(function () {});
})();
`;
