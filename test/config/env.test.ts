// Configuration as a user gives it: parseEnv on plain objects, a real .env file, and the
// bot started from a folder holding only a .env (a real child process).
import { spawn } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { PassThrough } from 'node:stream';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ConfigError, parseEnv } from '../../src/config/env.ts';
import { loadEnvFile } from '../../src/config/load-env-file.ts';
import { announceStart, chooseLogFormat, createLogger, type LogFormat } from '../../src/logger.ts';

describe('parseEnv', () => {
  it('gives every default for an empty environment, LOG_FORMAT left to the terminal', () => {
    const config = parseEnv({});
    expect(config).toMatchObject({ PORT: 3000, HOST: '127.0.0.1', DATA_DIR: './data', LOG_LEVEL: 'info' });
    expect(config.LOG_FORMAT).toBeUndefined();
  });

  it.each(['json', 'pretty'] as const)('accepts LOG_FORMAT=%s', (format) => {
    expect(parseEnv({ LOG_FORMAT: format }).LOG_FORMAT).toBe(format);
  });

  it('treats an empty value (FOO= in .env) as unset', () => {
    const config = parseEnv({ LOG_FORMAT: '', PORT: '' });
    expect(config.PORT).toBe(3000);
    expect(config.LOG_FORMAT).toBeUndefined();
  });

  it('refuses an unknown LOG_FORMAT with a Dutch message naming the variable and the fix', () => {
    expect(() => parseEnv({ LOG_FORMAT: 'xml' })).toThrow(ConfigError);
    expect(() => parseEnv({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT \(nu: "xml"\): kies json of pretty\. Pas LOG_FORMAT aan in je omgeving of \.env/);
  });
});

describe('chooseLogFormat', () => {
  it('is readable on a terminal and JSON elsewhere, unless LOG_FORMAT says otherwise', () => {
    expect(chooseLogFormat(undefined, true)).toBe('pretty');
    expect(chooseLogFormat(undefined, false)).toBe('json');
    expect(chooseLogFormat('json', true)).toBe('json');
    expect(chooseLogFormat('pretty', false)).toBe('pretty');
  });
});

describe('loadEnvFile', () => {
  it('reads a .env file into the environment without overriding what is already set', () => {
    const dir = mkdtempSync(join(tmpdir(), 'rro-env-'));
    const file = join(dir, '.env');
    writeFileSync(file, '# comment\nRRO_TEST_FROM_FILE="uit het bestand"\nRRO_TEST_ALREADY_SET=bestand\n');
    process.env.RRO_TEST_ALREADY_SET = 'omgeving';
    try {
      expect(loadEnvFile(file)).toBe('loaded');
      expect(process.env.RRO_TEST_FROM_FILE).toBe('uit het bestand');
      expect(process.env.RRO_TEST_ALREADY_SET).toBe('omgeving');
    } finally {
      delete process.env.RRO_TEST_FROM_FILE;
      delete process.env.RRO_TEST_ALREADY_SET;
    }
  });

  it('is fine without a .env file', () => {
    expect(loadEnvFile(join(tmpdir(), 'bestaat-niet', '.env'))).toBe('missing');
  });
});

/** Starts src/main.ts in `cwd` with only PATH and HOME set; resolves with stdout once the start line is out. */
function startIn(cwd: string, extraEnv: Record<string, string>, startLine: RegExp): Promise<string> {
  const tsx = pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href;
  const child = spawn(process.execPath, ['--import', tsx, resolve('src/main.ts')], {
    cwd,
    env: { PATH: process.env.PATH, HOME: process.env.HOME, ...extraEnv },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  let err = '';
  return new Promise((done, fail) => {
    const timer = setTimeout(() => (child.kill('SIGKILL'), fail(new Error(`geen startregel binnen 90 s:\n${out}\n${err}`))), 90_000);
    child.stderr.on('data', (d) => (err += String(d)));
    child.stdout.on('data', (d) => {
      out += String(d);
      if (startLine.test(out)) {
        clearTimeout(timer);
        child.on('exit', () => done(out));
        child.kill('SIGTERM');
      }
    });
    child.on('exit', (code) => code !== 0 && (clearTimeout(timer), fail(new Error(`gestopt met ${code}:\n${out}\n${err}`))));
  });
}

describe('start-up reads ./.env and logs for who is reading', () => {
  const port = () => 20000 + Math.floor(Math.random() * 20000);

  it('takes PORT and DATA_DIR from .env and, on a pipe, logs JSON lines with the start line as an event', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'rro-dotenv-'));
    const p = port();
    writeFileSync(join(dir, '.env'), `PORT=${p}\nDATA_DIR=./gegevens\nDEMO=false\nLOG_LEVEL=info\n`);
    const out = await startIn(dir, {}, /RRO-bot draait op/);
    const events = out.trim().split('\n').map((line) => JSON.parse(line) as { msg: string; url?: string });
    expect(events.find((e) => e.msg.startsWith('RRO-bot draait op'))).toEqual(
      expect.objectContaining({ msg: `RRO-bot draait op http://127.0.0.1:${p}/playground`, url: `http://127.0.0.1:${p}/playground` }),
    );
  });

});

describe('the two log formats', () => {
  async function logStart(format: LogFormat): Promise<string> {
    const out = new PassThrough();
    let text = '';
    out.on('data', (d) => (text += String(d)));
    const logger = createLogger('info', format, out);
    logger.info({ database: 'pglite' }, 'database klaar');
    announceStart(logger, format, 'http://127.0.0.1:3109/playground', out);
    logger.flush();
    await new Promise((r) => setImmediate(r));
    return text;
  }

  it('pretty: readable one-line events and the start line as plain text, no JSON', async () => {
    const text = await logStart('pretty');
    expect(text).toMatch(/^\[\d\d:\d\d:\d\d\] INFO: database klaar \{"database":"pglite"\}$/m);
    expect(text).toMatch(/^RRO-bot draait op http:\/\/127\.0\.0\.1:3109\/playground$/m);
    expect(text).not.toMatch(/^\{/m);
  });

  it('json: every line is a JSON event, the start line too', async () => {
    const lines = (await logStart('json')).trim().split('\n').map((l) => JSON.parse(l) as { msg: string });
    expect(lines.map((l) => l.msg)).toEqual(['database klaar', 'RRO-bot draait op http://127.0.0.1:3109/playground']);
  });
});
