// SLACK_* variables: off without a token, Dutch-first errors that name the variable.
import './no-network.ts';
import { describe, expect, it } from 'vitest';
import { parseSlackEnv } from '../../../adapters/slack/config.ts';

const base = { SLACK_BOT_TOKEN: 'xoxb-123-456-abc', SLACK_SIGNING_SECRET: '0f1e2d3c4b5a69788796a5b4c3d2e1f0' };

describe('parseSlackEnv', () => {
  it('is off without a bot token', () => {
    expect(parseSlackEnv({})).toBeNull();
    expect(parseSlackEnv({ SLACK_BOT_TOKEN: '  ' })).toBeNull();
  });

  it('reads a full configuration with defaults', () => {
    expect(parseSlackEnv(base)).toEqual({ botToken: base.SLACK_BOT_TOKEN, signingSecret: base.SLACK_SIGNING_SECRET, commandName: '/rro' });
    expect(parseSlackEnv({ ...base, SLACK_APP_TOKEN: 'xapp-1-A1-2-abc', SLACK_API_URL: 'https://slack-gov.com/api', SLACK_COMMAND: '/rro-test', SLACK_BOT_USER_ID: 'U0BOT', SLACK_BOT_ID: 'B0BOT' })).toEqual({
      botToken: base.SLACK_BOT_TOKEN, signingSecret: base.SLACK_SIGNING_SECRET, appToken: 'xapp-1-A1-2-abc', apiUrl: 'https://slack-gov.com/api/', commandName: '/rro-test', botUserId: 'U0BOT', botId: 'B0BOT',
    });
  });

  it('names the variable and the fix when something is wrong', () => {
    expect(() => parseSlackEnv({ SLACK_BOT_TOKEN: base.SLACK_BOT_TOKEN })).toThrow(/SLACK_SIGNING_SECRET ontbreekt.*Basic Information/s);
    expect(() => parseSlackEnv({ ...base, SLACK_BOT_TOKEN: 'xoxp-user-token' })).toThrow(/SLACK_BOT_TOKEN.*xoxb-/);
    expect(() => parseSlackEnv({ ...base, SLACK_APP_TOKEN: 'xoxb-nope' })).toThrow(/SLACK_APP_TOKEN.*xapp-/);
    expect(() => parseSlackEnv({ ...base, SLACK_API_URL: 'geen url' })).toThrow(/SLACK_API_URL/);
    expect(() => parseSlackEnv({ ...base, SLACK_BOT_ID: 'B0BOT' })).toThrow(/SLACK_BOT_USER_ID en SLACK_BOT_ID allebei/);
  });
});
