// In front of Bolt's receiver on /slack/events: read the body once, check the
// signature and our payload gate, and answer a bad request here. Bolt starts a
// 3-second "not acknowledged" timer for every request its receiver handles, so a
// request we refuse must never reach it (else each one logs an ERROR 3 s later).
// What passes goes on with `rawBody` set: Bolt reads that instead of the stream.
import { parse as parseQuery } from 'node:querystring';
import { isValidSlackRequest } from '@slack/bolt';
import express, { type RequestHandler } from 'express';
import { assertSlackPayload, SlackPayloadError } from './check-payload.ts';
import type { SlackLog } from './slack-log.ts';

export interface SlackPayloadGateOptions {
  signingSecret: string;
  commandName: string;
  bodyLimit: number;
  log: SlackLog;
}

/** An unreadable body in body-parser's shape, so the app's final handler answers it (JSON 400). */
function unparsable(): Error {
  return Object.assign(new Error('Slack-verzoek is geen geldige JSON of formulier'), { status: 400, type: 'entity.parse.failed', expose: true });
}

/** Parses exactly as Bolt's ExpressReceiver does, so what passes here parses there too. */
function parseSlackBody(raw: string, contentType: string | undefined): unknown {
  if (contentType === 'application/x-www-form-urlencoded') {
    const fields = parseQuery(raw);
    return typeof fields.payload === 'string' ? JSON.parse(fields.payload) : fields;
  }
  return JSON.parse(raw);
}

/** Bolt answers these two itself, before any listener; they carry none of our shapes. */
function isSlackHousekeeping(body: unknown): boolean {
  const b = body as Record<string, unknown> | null;
  return b !== null && typeof b === 'object' && (b.ssl_check !== undefined || b.type === 'url_verification');
}

export function createSlackPayloadGate(opts: SlackPayloadGateOptions): RequestHandler[] {
  // No inflate: Slack never compresses, and a signature is over the bytes as sent.
  const readRaw = express.raw({ type: () => true, limit: opts.bodyLimit, inflate: false });
  const gate: RequestHandler = (req, res, next) => {
    const raw: Buffer = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    const text = raw.toString('utf8');
    const signature = req.headers['x-slack-signature'];
    const timestamp = Number(req.headers['x-slack-request-timestamp']);
    const signed =
      typeof signature === 'string' &&
      Number.isFinite(timestamp) &&
      isValidSlackRequest({ signingSecret: opts.signingSecret, body: text, headers: { 'x-slack-signature': signature, 'x-slack-request-timestamp': timestamp } });
    if (!signed) {
      opts.log.warn({ reason: 'handtekening' }, 'Slack-verzoek geweigerd');
      return void res.status(401).json({
        error: 'De Slack-handtekening ontbreekt, is verlopen of klopt niet (controleer SLACK_SIGNING_SECRET). / The Slack signature is missing, stale or wrong.',
        code: 'slack_signature',
      });
    }
    let body: unknown;
    try {
      body = parseSlackBody(text, req.headers['content-type']);
    } catch {
      return next(unparsable());
    }
    try {
      if (!isSlackHousekeeping(body)) assertSlackPayload(body, opts.commandName);
    } catch (err) {
      if (!(err instanceof SlackPayloadError)) throw err;
      opts.log.warn({ reason: err.message }, 'Slack-verzoek geweigerd');
      return void res.status(400).json({ error: err.message, code: err.code });
    }
    // Slack only tells us it is holding events back; Bolt has no listener type for it and would time out.
    if ((body as { type?: unknown }).type === 'app_rate_limited') {
      opts.log.warn({ minute: (body as { minute_rate_limited?: unknown }).minute_rate_limited }, 'Slack houdt events tegen (app_rate_limited)');
      return void res.status(200).end();
    }
    (req as { rawBody?: Buffer }).rawBody = raw;
    next();
  };
  return [readRaw, gate];
}
