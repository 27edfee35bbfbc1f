import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '../../src/config/env.ts';

describe('digest e-mail settings', () => {
  it('are off without both, on with both', () => {
    expect(parseEnv({}).SMTP_URL).toBeUndefined();
    const on = parseEnv({ SMTP_URL: 'smtp://rro:geheim@mail.zorg.example:587', DIGEST_MAIL_FROM: 'RRO-bot <rro@zorg.example>' });
    expect(on).toMatchObject({ SMTP_URL: 'smtp://rro:geheim@mail.zorg.example:587', DIGEST_MAIL_FROM: 'RRO-bot <rro@zorg.example>' });
    expect(parseEnv({ SMTP_URL: 'smtps://mail.zorg.example:465', DIGEST_MAIL_FROM: 'rro@zorg.example' }).DIGEST_MAIL_FROM).toBe('rro@zorg.example');
  });

  it('refuse one without the other, with the fix in Dutch', () => {
    expect(() => parseEnv({ SMTP_URL: 'smtp://mail.zorg.example' })).toThrow(/SMTP_URL en DIGEST_MAIL_FROM horen bij elkaar/);
  });

  it('refuse a bad URL or address without echoing the password', () => {
    let message = '';
    try {
      parseEnv({ SMTP_URL: 'http://rro:geheim@mail.zorg.example', DIGEST_MAIL_FROM: 'rro@zorg.example' });
    } catch (err) {
      expect(err).toBeInstanceOf(ConfigError);
      message = (err as Error).message;
    }
    expect(message).toContain('SMTP_URL');
    expect(message).toContain('smtp://');
    expect(message).not.toContain('geheim');
    expect(() => parseEnv({ SMTP_URL: 'smtp://mail.zorg.example', DIGEST_MAIL_FROM: 'geen adres' })).toThrow(/DIGEST_MAIL_FROM.*e-mailadres/);
  });
});
