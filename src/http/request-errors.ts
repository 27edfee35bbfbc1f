// The app's last word on a request that went wrong, for every route (health,
// playground, dashboard, Slack, Teams): JSON with a Dutch-first message and a
// code, never a stack trace or a file path, whatever NODE_ENV says. Unreadable
// bodies (bad JSON, too large, unknown charset) are the caller's fault: 4xx and
// a warning; anything else is ours: 500 and the details in the log only.
import type { ErrorRequestHandler, Express, Request, RequestHandler } from 'express';
import type { Translate } from '../core/i18n/translator.ts';
import type { Logger } from '../logger.ts';

/** The shape body-parser / raw-body (and http-errors) give their client errors. */
export interface RequestError {
  status?: number;
  statusCode?: number;
  type?: string;
  expose?: boolean;
}

const KEY_OF_TYPE: Record<string, string> = {
  'entity.parse.failed': 'body_unparsable',
  'entity.verify.failed': 'body_unparsable',
  'entity.too.large': 'body_too_large',
  'parameters.too.many': 'body_too_many_fields',
  'charset.unsupported': 'body_encoding',
  'encoding.unsupported': 'body_encoding',
  'request.aborted': 'body_unreadable',
  'request.size.invalid': 'body_unreadable',
  'stream.encoding.set': 'body_unreadable',
  'stream.not.readable': 'body_unreadable',
};

function statusOf(err: RequestError): number | undefined {
  const status = err.status ?? err.statusCode;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** A client error (4xx: an unreadable body, an undecodable path): answered as such, its text never shown. */
export function isRequestError(err: unknown): err is RequestError {
  return err !== null && typeof err === 'object' && statusOf(err as RequestError) !== undefined;
}

/** Status and the prompt key (under `http.`) for a request error. */
export function describeRequestError(err: RequestError): { status: number; key: string } {
  return { status: statusOf(err) ?? 400, key: (err.type && KEY_OF_TYPE[err.type]) || 'bad_request' };
}

/** The JSON body of every error answer: Dutch first, then English, and a stable code. */
export function errorBody(t: Translate, key: string): { error: string; code: string } {
  return { error: `${t('nl', `http.${key}`)} / ${t('en', `http.${key}`)}`, code: key };
}

const where = (req: Request) => ({ method: req.method, path: req.path });

/** Mount after every route: the JSON 404 and the final error handler. */
export function addFinalHandlers(app: Express, deps: { t: Translate; log: Logger }): void {
  const notFound: RequestHandler = (_req, res) => void res.status(404).json(errorBody(deps.t, 'not_found'));
  const onError: ErrorRequestHandler = (err: unknown, req, res, next) => {
    // Half an answer already went out: only express can end it (it closes the socket).
    if (res.headersSent) return next(err);
    if (isRequestError(err)) {
      const { status, key } = describeRequestError(err);
      deps.log.warn({ ...where(req), status, type: err.type }, 'verzoek geweigerd: inhoud onleesbaar');
      return void res.status(status).json(errorBody(deps.t, key));
    }
    deps.log.error({ err, ...where(req) }, 'verzoek mislukt');
    res.status(500).json(errorBody(deps.t, 'internal'));
  };
  app.use(notFound);
  app.use(onError);
}
