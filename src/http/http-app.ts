// The one express app: our routes here; adapters (Slack, Teams, playground) and the
// dashboard mount on it in main.ts, all served by one http.Server.
import express, { type Express } from 'express';
import type { Translate } from '../core/i18n/translator.ts';
import type { Logger } from '../logger.ts';
import type { Database } from '../store/database.ts';
import { healthRoute } from './health-route.ts';

export function createHttpApp(deps: { db: Database; logger: Logger; t: Translate }): Express {
  const app = express();
  app.disable('x-powered-by');
  app.get('/healthz', healthRoute(deps.db, { t: deps.t, log: deps.logger }));
  return app;
}
