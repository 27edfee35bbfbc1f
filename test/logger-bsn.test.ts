// Logs never hold a BSN: whatever a part of the bot hands the logger — a message, fields,
// an error quoting a query — is redacted before it is written.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { createLogger } from '../src/logger.ts';
import { RENDERINGS } from './support/bsn-renderings.ts';
import { stringsWithBsn } from './support/find-stored-bsn.ts';

describe('logger', () => {
  it('redacts every rendering of a BSN in messages, fields, errors and child loggers', () => {
    const lines: string[] = [];
    const sink = new Writable({ write(chunk, _enc, done) { lines.push(String(chunk)); done(); } });
    const log = createLogger('info', 'json', sink);
    for (const [name, render] of RENDERINGS) {
      const bsn = render('123456782');
      log.info(`bericht ${bsn}`);
      log.warn({ input: { values: { toelichting: `cliënt ${bsn}` } }, rendering: name }, 'formulier');
      const err = Object.assign(new Error(`Invalid \`prisma.partner.create()\` invocation: { name: "Baken ${bsn}" }`), { meta: { target: `x ${bsn}` } });
      log.error({ err }, 'fout bij verwerken van bericht');
      log.child({ part: 'slack' }).error('mislukt voor %s', `nummer ${bsn}`);
      log.child({ part: 'slack', user: `U-${bsn}`, nested: { note: `over ${bsn}` } }).child({ turn: bsn }).info('beurt');
    }
    const parsed = lines.map((line) => JSON.parse(line) as Record<string, unknown>);
    expect(parsed).toHaveLength(RENDERINGS.length * 5);
    // The child's bindings are still written, only without the number.
    expect(parsed.filter((line) => line.msg === 'beurt').every((line) => line.part === 'slack' && typeof line.user === 'string' && line.turn !== undefined)).toBe(true);
    expect(stringsWithBsn(parsed, ['123456782'])).toEqual([]);
    expect(lines.join('')).toContain('[BSN verwijderd]');
    // Ordinary numbers stay readable.
    log.info({ phone: '+31 6 12345671', iban: 'NL91ABNA0417164300' }, 'contact 23-11-2026 9.30');
    expect(lines.at(-1)).toContain('+31 6 12345671');
    expect(lines.at(-1)).toContain('23-11-2026 9.30');
  });
});
