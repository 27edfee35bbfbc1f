// parseTeamsEnv's modes and Dutch-first errors; the Adaptive Card of a
// representative message and of a form with errors (snapshots); to-core's
// thread refs matching the sender's root-post refs.
import './no-network.ts';
import { describe, expect, it } from 'vitest';
import { parseTeamsEnv } from '../../../adapters/teams/config.ts';
import { renderDialogCard, renderMessageCard, toCardMarkdown } from '../../../adapters/teams/render.ts';
import { ZTeamsActivity } from '../../../adapters/teams/teams-activity.ts';
import { messageRefOf, splitMessageRef } from '../../../adapters/teams/teams-refs.ts';
import { toInbound } from '../../../adapters/teams/to-core.ts';
import { fixture } from './start-teams.ts';

describe('parseTeamsEnv', () => {
  it('is off without credentials, authenticated with all three, dev only when asked', () => {
    expect(parseTeamsEnv({})).toEqual({ mode: 'off' });
    expect(parseTeamsEnv({ TEAMS_CLIENT_ID: 'c', TEAMS_CLIENT_SECRET: 's', TEAMS_TENANT_ID: 't', TEAMS_BOT_DOMAIN: 'rro.zorg.example' }))
      .toEqual({ mode: 'authenticated', clientId: 'c', clientSecret: 's', tenantId: 't', botDomain: 'rro.zorg.example' });
    expect(parseTeamsEnv({ TEAMS_DEV_UNAUTHENTICATED: 'true' })).toEqual({ mode: 'dev-unauthenticated' });
    expect(parseTeamsEnv({ TEAMS_DEV_UNAUTHENTICATED: 'false' })).toEqual({ mode: 'off' });
  });

  it('names the missing variable when credentials are partial, and bad values', () => {
    expect(() => parseTeamsEnv({ TEAMS_CLIENT_ID: 'c', TEAMS_TENANT_ID: 't' })).toThrow(/^Teams is half ingesteld: TEAMS_CLIENT_SECRET ontbreekt/);
    expect(() => parseTeamsEnv({ TEAMS_DEV_UNAUTHENTICATED: 'ja' })).toThrow(/TEAMS_DEV_UNAUTHENTICATED moet "true" of "false"/);
    expect(() => parseTeamsEnv({ TEAMS_BOT_DOMAIN: 'https://x.example/api' })).toThrow(/alleen de hostnaam/);
  });

  it('reads where the tab gets the tenant keys and TeamsJS, and refuses what is not a URL', () => {
    const creds = { TEAMS_CLIENT_ID: 'c', TEAMS_CLIENT_SECRET: 's', TEAMS_TENANT_ID: 't' };
    expect(parseTeamsEnv({ ...creds, TEAMS_SSO_JWKS_URL: 'http://127.0.0.1:9/{tid}/keys', TEAMS_TAB_SDK_URL: 'https://cdn.zorg.example/teams.js' }))
      .toMatchObject({ mode: 'authenticated', sso: { jwksUrl: 'http://127.0.0.1:9/{tid}/keys', sdkUrl: 'https://cdn.zorg.example/teams.js' } });
    expect(() => parseTeamsEnv({ ...creds, TEAMS_SSO_JWKS_URL: 'login.microsoftonline.com/keys' })).toThrow(/TEAMS_SSO_JWKS_URL moet een volledige URL zijn/);
  });
});

describe('render', () => {
  it('turns a message into an Adaptive Card 1.5', () => {
    const card = renderMessageCard({
      text: 'RRO week 48',
      blocks: [
        { type: 'header', text: 'RRO week 48' },
        { type: 'section', text: 'Wat heb je *gedaan*? Zie <https://x.example|de kaart>.' },
        { type: 'fields', fields: [{ label: 'Partner', value: 'Zorggroep Het Baken' }] },
        { type: 'list', items: [{ text: 'Het Baken — 80 dagen', status: 'red' }, { text: 'Zonder status' }] },
        { type: 'context', text: 'Antwoord in de draad.' },
        { type: 'divider' },
        { type: 'actions', elements: [{ type: 'button', actionId: 'checkin.open_form', label: 'Formulier', value: 'r1', style: 'primary' }, { type: 'select', actionId: 'nudge.snooze', placeholder: 'Uitstellen', options: [{ label: '1 week', value: '7' }], multi: false }] },
      ],
    });
    expect(card).toMatchSnapshot();
    expect(toCardMarkdown('*a* en **b**')).toBe('**a** en **b**');
  });

  it('turns a form with errors into a dialog card with inputs, error texts and one Action.Submit carrying the dialog id', () => {
    const card = renderDialogCard(
      { formId: 'checkin.answer', title: 'Check-in', submitLabel: 'Verstuur', context: 'r1', inputs: [
        { id: 'done', type: 'textarea', label: 'Gedaan', required: true, hint: 'Eén per regel' },
        { id: 'when', type: 'date', label: 'Wanneer', required: false },
        { id: 'partners', type: 'multiselect', label: 'Partners', required: false, options: [{ label: 'Het Baken', value: 'p1' }] },
      ] },
      '0b6f2c1e-5d4a-4c3b-9a8e-7f6d5c4b3a21',
      { done: 'Vul in wat je gedaan hebt.' },
    );
    expect(card).toMatchSnapshot();
  });
});

describe('to-core', () => {
  it('a thread reply carries the same threadRef the sender returns for the root post', () => {
    const root = messageRefOf('19:transferpunt-general@thread.tacv2', '1001');
    const activity = ZTeamsActivity.parse({ ...fixture('message.channel-thread-reply'), conversation: { conversationType: 'channel', id: root } });
    const t = toInbound(activity, 'sanne@maasdelta.example');
    expect(t).toMatchObject({ kind: 'inbound', inbound: { type: 'thread_reply', threadRef: root, text: expect.stringMatching(/^Gedaan:/), envelope: { platform: 'teams', platformOrgId: 'tenant-maasdelta', person: { platformUserId: 'aad-sanne', email: 'sanne@maasdelta.example', locale: 'nl-NL', timeZone: 'Europe/Amsterdam' }, room: { kind: 'channel', ref: '19:transferpunt-general@thread.tacv2' } } } });
    expect(splitMessageRef(root)).toEqual({ conversationId: '19:transferpunt-general@thread.tacv2', activityId: '1001' });
  });

  it('reads Action.Execute, Action.Submit and a multi-select form submit', () => {
    const execute = toInbound(ZTeamsActivity.parse(fixture('invoke.action-execute')));
    expect(execute).toMatchObject({ inbound: { type: 'action', actionId: 'checkin.open_form', messageRef: 'a:1SanneChat-personal;messageid=1002' } });
    expect(toInbound(ZTeamsActivity.parse(fixture('message.action-submit')))).toMatchObject({ inbound: { type: 'action', actionId: 'commands.open_log' } });
    const form = { ...fixture('invoke.action-execute'), value: { action: { verb: 'rro.form', data: { formId: 'success.share', context: 'c', multi: ['partners'], partners: 'p1,p2', title: 'T' } } } };
    expect(toInbound(ZTeamsActivity.parse(form))).toMatchObject({ inbound: { type: 'form_submitted', formId: 'success.share', context: 'c', values: { partners: ['p1', 'p2'], title: 'T' } } });
  });
});
