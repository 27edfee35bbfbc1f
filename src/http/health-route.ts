// GET /healthz: 200 with database status, 503 when the database does not answer.
import type { Request, Response } from 'express';
import type { Database } from '../store/database.ts';

export function healthRoute(db: Database) {
  return async (_req: Request, res: Response) => {
    const started = performance.now();
    try {
      await db.session.query('SELECT 1');
      res.json({ status: 'ok', database: { kind: db.kind, status: 'ok', latencyMs: Math.round(performance.now() - started) } });
    } catch (err) {
      res.status(503).json({
        status: 'error',
        database: { kind: db.kind, status: 'unavailable', error: err instanceof Error ? err.message : String(err) },
      });
    }
  };
}
