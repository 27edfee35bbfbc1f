// Compiles the server (src/main.ts and what it imports from src/ and adapters/) into
// dist/server/ with esbuild, so `npm start` runs plain JavaScript in one node process instead
// of transpiling TypeScript at every start. Packages in node_modules stay imports;
// dynamic imports (PGlite, the Slack and Teams adapters) become chunks loaded only
// when used. Plain JavaScript itself, so node runs it without tsx.
//   node scripts/build.mjs          build now (and the empty PGlite cluster, once per version)
//   node scripts/build.mjs --stale  build only when a source is newer than dist/server/main.js
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
// dist/ also holds the Teams app package (npm run teams:package): the server has a folder of its own.
const OUT_DIR = join(ROOT, 'dist', 'server');
export const DIST_MAIN = join(OUT_DIR, 'main.js');
const SOURCES = ['src', 'adapters', 'scripts/build.mjs', 'package.json'];

function newestMtime(path) {
  const stat = statSync(path, { throwIfNoEntry: false });
  if (!stat) return 0;
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, name) => Math.max(newest, newestMtime(join(path, name))), stat.mtimeMs);
}

export function isStale() {
  const built = statSync(DIST_MAIN, { throwIfNoEntry: false })?.mtimeMs ?? 0;
  return SOURCES.some((source) => newestMtime(join(ROOT, source)) > built);
}

// A bundle has one import.meta.url; the sources use theirs to find prompts/, the
// migrations and the playground's assets. Each file gets its own back, relative to dist/.
const ownImportMetaUrl = {
  name: 'own-import-meta-url',
  setup(build) {
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (args.path.includes('node_modules')) return undefined;
      const fromDist = relative(OUT_DIR, args.path).split('\\').join('/');
      const contents = readFileSync(args.path, 'utf8').replaceAll('import.meta.url', `new URL(${JSON.stringify(fromDist)}, import.meta.url).href`);
      return { contents, loader: 'ts', resolveDir: dirname(args.path) };
    });
  },
};

export async function buildDist() {
  const esbuild = await import('esbuild');
  // Chunk names carry a hash: clear the old ones rather than let them pile up.
  rmSync(OUT_DIR, { recursive: true, force: true });
  await esbuild.build({
    absWorkingDir: ROOT,
    // The turn thread's entry is a file of its own (src/app/turn-thread.ts starts it by path).
    entryPoints: { main: 'src/main.ts', 'turn-thread-main': 'src/app/turn-thread-main.ts' },
    define: { 'process.env.RRO_COMPILED_SERVER': '"1"' },
    outdir: OUT_DIR,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node22',
    packages: 'external',
    sourcemap: 'linked',
    plugins: [ownImportMetaUrl],
    logLevel: 'warning',
  });
  // esbuild's service process would otherwise stay beside the server.
  await esbuild.stop();
}

// An empty PostgreSQL cluster made once per PGlite version (initdb takes seconds), so the
// first start on an empty DATA_DIR copies it instead (src/store/pglite-database.ts).
export function pgliteTemplatePath() {
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const { version } = JSON.parse(readFileSync(join(dirname(entry), '..', 'package.json'), 'utf8'));
  return join(ROOT, 'dist', 'pglite', `empty-${version}.tar`);
}

export async function ensurePgliteTemplate() {
  const path = pgliteTemplatePath();
  if (existsSync(path)) return false;
  const { PGlite } = await import('@electric-sql/pglite');
  const lite = await PGlite.create();
  const tarball = await lite.dumpDataDir('none');
  await lite.close();
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(`${path}.partial`, Buffer.from(await tarball.arrayBuffer()));
  renameSync(`${path}.partial`, path);
  return true;
}

export async function buildIfStale() {
  if (!isStale()) return false;
  await buildDist();
  return true;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = performance.now();
  const built = process.argv.includes('--stale') ? await buildIfStale() : (await buildDist(), true);
  console.error(built ? `[build] dist/server/ gebouwd in ${Math.round(performance.now() - started)} ms` : '[build] dist/server/ is actueel');
  if (await ensurePgliteTemplate()) console.error(`[build] ${relative(ROOT, pgliteTemplatePath())} gemaakt`);
}
