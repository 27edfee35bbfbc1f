// The compiled server (scripts/build.mjs → dist/server/) loads the heavy packages only
// when they are used: PGlite when it is the database, the Slack and Teams SDKs when
// configured. Follows the static imports from main.js through its chunks.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const DIST = join(import.meta.dirname, '../../dist/server');
const ON_DEMAND = [/^@slack\//, /^@microsoft\/teams\./, /^@electric-sql\/pglite/, /^pglite-prisma-adapter$/];

/** Every module specifier main.js loads at start: static imports, followed through local chunks. */
function staticImportsOf(file: string, seen = new Set<string>()): Set<string> {
  const code = readFileSync(join(DIST, file), 'utf8');
  // `import x from "y"`, `import { a } from "y"`, `import "y"` — not `import("y")`.
  for (const [, spec] of code.matchAll(/(?:^|[;\n])\s*(?:import|export)\s*(?:[^"'();]*?\sfrom\s*)?["']([^"']+)["']/g)) {
    if (seen.has(spec!)) continue;
    seen.add(spec!);
    if (spec!.startsWith('./')) staticImportsOf(spec!.slice(2), seen);
  }
  return seen;
}

describe('compiled server', () => {
  it('is built, and loads PGlite and the platform SDKs only on demand', () => {
    const build = spawnSync(process.execPath, ['scripts/build.mjs', '--stale'], { encoding: 'utf8' });
    expect(build.status, build.stderr).toBe(0);
    const loaded = [...staticImportsOf('main.js')];
    expect(loaded).toContain('@prisma/client/runtime/client');
    expect(loaded.filter((spec) => ON_DEMAND.some((re) => re.test(spec)))).toEqual([]);
    // …and they are in the bundle, as chunks imported when needed.
    const main = readFileSync(join(DIST, 'main.js'), 'utf8');
    expect(main).toMatch(/import\("\.\/slack-[\w-]+\.js"\)/);
    expect(main).toMatch(/import\("\.\/teams-[\w-]+\.js"\)/);
  });
});
