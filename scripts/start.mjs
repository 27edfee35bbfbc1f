// `npm start`: the compiled server (dist/server/main.js) in this one node process, so SIGTERM
// and SIGINT reach it directly (npm → sh → exec node). Rebuilds dist/server/ first when a
// source changed since the last build. `npm run dev` runs the TypeScript with tsx.
import { pathToFileURL } from 'node:url';
import { buildIfStale, DIST_MAIN } from './build.mjs';

process.setSourceMapsEnabled(true);
// A note, not an error: stderr stays for what went wrong (one line for a taken port, say).
if (await buildIfStale()) console.log('[start] dist/server/ bijgewerkt (bronbestanden gewijzigd)');
await import(pathToFileURL(DIST_MAIN).href);
