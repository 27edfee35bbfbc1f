// GET /healthz: 200 with database status, 503 when the database does not answer.
// The 503 body is fixed: a driver's message can name hosts, ports, users or
// paths, so it goes to the log for the operator and never to the caller.
import type { Request, Response } from 'express';
import type { Translate } from '../core/i18n/translator.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../store/database.ts';
import { errorBody } from './request-errors.ts';

export function healthRoute(db: Database, deps: { t: Translate; log: Logger }) {
  return async (_req: Request, res: Response) => {
    const started = performance.now();
    try {
      await db.session.query('SELECT 1');
      res.json({ status: 'ok', database: { kind: db.kind, status: 'ok', latencyMs: Math.round(performance.now() - started) } });
    } catch (err) {
      deps.log.error({ err: err instanceof Error ? err.message : String(err), kind: db.kind }, '/healthz: database antwoordt niet');
      res.status(503).json({ status: 'error', database: { kind: db.kind, status: 'unavailable' }, ...errorBody(deps.t, 'database_unavailable') });
    }
  };
}
