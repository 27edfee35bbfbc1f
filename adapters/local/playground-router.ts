// HTTP of the playground: the page, its two static assets and the JSON API
// (people, state, inbound, clock). Loopback-only unless allowRemote.
import { fileURLToPath } from 'node:url';
import express, { Router, type Request, type Response } from 'express';
import type { LapseStatus } from '../../src/core/register-types.ts';
import { loopbackOnly } from '../../src/http/loopback.ts';
import { saveClock } from './clock-file.ts';
import { ClockMoveError, computeClockTarget, ZClockRequest } from './clock-move.ts';
import type { LocalAdapterOptions } from './local-adapter-options.ts';
import type { LocalPerson } from '../../src/core/local-directory.ts';
import { handlePlaygroundInbound } from './playground-inbound.ts';
import type { PlaygroundState } from './playground-state.ts';
import { buildPlaygroundView, channelRefsOf } from './playground-view.ts';
import { renderApp, renderPage, type PageInput } from './render-page.ts';
import { describeRequestError } from './to-core.ts';

const ASSETS_DIR = fileURLToPath(new URL('./assets/', import.meta.url));
const ASSETS = new Set(['playground.css', 'playground.js']);

type RouterOptions = LocalAdapterOptions & { state: PlaygroundState; ensureReady(): Promise<void> };

function languageOf(person: LocalPerson | undefined): 'nl' | 'en' {
  return person?.language.toLowerCase().startsWith('en') ? 'en' : 'nl';
}

export function createPlaygroundRouter(opts: RouterOptions): Router {
  const zone = opts.timeZone ?? 'Europe/Amsterdam';
  const say = (person: LocalPerson | undefined, key: string, values?: Record<string, string | number>) =>
    opts.t(languageOf(person), `playground.${key}`, values);
  const router = Router();
  if (!opts.allowRemote) router.use(loopbackOnly(opts.t('nl', 'playground.error_forbidden')));
  router.use(express.json({ limit: '200kb' }));

  async function load(as: unknown) {
    await opts.ensureReady();
    const people = await opts.directory.listPeople();
    const person = typeof as === 'string' ? people.find((p) => p.staffId === as) : undefined;
    return { people, person };
  }

  router.get('/', async (req: Request, res: Response) => {
    const { people, person } = await load(req.query.as);
    const lang = languageOf(person);
    const view = person ? buildPlaygroundView(opts.state, person, people, opts.clock.now(), say(person, 'bot_name')) : null;
    const wanted = typeof req.query.view === 'string' ? req.query.view : '';
    const refs = person ? channelRefsOf(person, people) : [];
    const selected = wanted === 'dms' || refs.includes(wanted) ? wanted : (refs[0] ?? 'dms');
    const statusLabels = Object.fromEntries(
      (['green', 'yellow', 'red', 'grey'] as const).map((s) => [s, opts.t(lang, `common.status.${s}`)]),
    ) as Record<LapseStatus, string>;
    const input: PageInput = {
      base: req.baseUrl,
      lang,
      zone,
      now: opts.clock.now(),
      say: (k, v) => say(person, k, v),
      people,
      view,
      selected,
      statusLabels,
      dashboardHref: person && opts.dashboardUrl ? opts.dashboardUrl(person.staffId) : undefined,
    };
    res.type('html').send(req.query.fragment ? renderApp(input) : renderPage(input));
  });

  router.get('/assets/:name', (req: Request, res: Response) => {
    const name = String(req.params.name);
    if (!ASSETS.has(name)) return void res.status(404).type('text/plain').send('Niet gevonden.');
    res.sendFile(name, { root: ASSETS_DIR, headers: { 'Cache-Control': 'no-cache' } });
  });

  router.get('/api/people', async (_req: Request, res: Response) => {
    res.json({ people: (await load(undefined)).people });
  });

  router.get('/api/state', async (req: Request, res: Response) => {
    const { people, person } = await load(req.query.as);
    if (!person) return void res.status(400).json({ error: say(undefined, 'error_unknown_person', { id: String(req.query.as ?? '') }) });
    res.json(buildPlaygroundView(opts.state, person, people, opts.clock.now(), say(person, 'bot_name')));
  });

  router.post('/api/inbound', async (req: Request, res: Response) => {
    await opts.ensureReady();
    const result = await handlePlaygroundInbound({ ...opts, say }, req.body);
    res.status(result.status).json(result.body);
  });

  router.post('/api/form/close', async (req: Request, res: Response) => {
    const as = (req.body as { as?: unknown } | undefined)?.as;
    if (typeof as === 'string') opts.state.openForms.delete(as);
    res.json({ ok: true });
  });

  router.post('/api/clock', async (req: Request, res: Response) => {
    const parsed = ZClockRequest.safeParse(req.body);
    if (!parsed.success) return void res.status(400).json({ error: describeRequestError(parsed.error) });
    let target: Date;
    try {
      target = computeClockTarget(parsed.data, opts.clock.now(), zone);
    } catch (err) {
      if (err instanceof ClockMoveError) return void res.status(400).json({ error: err.message });
      throw err;
    }
    await opts.ensureReady();
    await opts.directory.prepare?.();
    opts.clock.set(target);
    if (opts.clockFile) await saveClock(opts.clockFile, opts.clock);
    await opts.tick();
    res.json({ now: opts.clock.now().toISOString() });
  });

  // Errors (unreadable bodies included) go on to the app's final handler: JSON, no stack.
  return router;
}
