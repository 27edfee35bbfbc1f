// The layering check must fail on a planted violation (naming the rule) and pass on
// the real tree: a rule nobody checks is a wish.
import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, describe, expect, it } from 'vitest';

const repo = resolve(import.meta.dirname, '../..');
const run = promisify(execFile);

async function lint(dir: string): Promise<{ code: number; out: string }> {
  try {
    const { stdout } = await run(process.execPath, ['--import', 'tsx', join(repo, 'scripts/check-layers.ts'), dir], { cwd: repo });
    return { code: 0, out: stdout };
  } catch (err) {
    const e = err as { code: number; stdout: string; stderr: string };
    return { code: e.code, out: e.stdout + e.stderr };
  }
}

/** A small tree with the real rules; each planted file breaks one of them. */
function plantedTree(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'rro-lint-'));
  cpSync(join(repo, '.dependency-cruiser.cjs'), join(dir, '.dependency-cruiser.cjs'));
  symlinkSync(join(repo, 'node_modules'), join(dir, 'node_modules'));
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), text);
  }
  return dir;
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((d) => rmSync(d, { recursive: true, force: true })));

describe('npm run lint (scripts/check-layers.ts)', () => {
  it('passes on the real tree', async () => {
    const { code, out } = await lint(repo);
    expect(out).toContain('lint: layering ok');
    expect(code).toBe(0);
  });

  it('fails on planted violations and names each rule', async () => {
    const dir = plantedTree({
      'src/core/clock.ts': 'export const now = () => new Date();\n',
      'src/domain/lapse.ts': [
        "import type { Request } from 'express';",
        "import { readFileSync } from 'node:fs';",
        "import { now } from '../core/clock.ts';",
        'export const limit = Number(process.env.LIMIT ?? 3);',
        'export const f = (r: Request) => [r, readFileSync, now];',
      ].join('\n'),
      'src/features/echo/echo.ts': "import type { App } from '@slack/bolt';\nimport { PrismaClient } from '@prisma/client';\nexport type X = App | PrismaClient;\n",
      'src/register/a.ts': "import { b } from './b.ts';\nexport const a = () => b;\n",
      'src/register/b.ts': "import { a } from './a.ts';\nexport const b = () => a;\n",
      'src/cli/index.ts': "import { createSlack } from '../../adapters/slack/index.ts';\nexport { createSlack };\n",
      'adapters/slack/index.ts': "import { local } from '../local/index.ts';\nexport const createSlack = () => local;\n",
      'adapters/local/index.ts': 'export const local = 1;\n',
    });
    dirs.push(dir);
    const { code, out } = await lint(dir);
    expect(code).toBe(1);
    for (const rule of [
      'inner-no-express', 'inner-no-fs', 'no-process-env', 'inner-no-platform-sdk', 'inner-no-prisma',
      'no-cycles', 'only-main-imports-adapters', 'no-adapter-imports-another',
    ]) expect(out, rule).toContain(rule);
    expect(out).toContain('src/domain/lapse.ts:4 reads process.env');
    expect(out).not.toContain('src/core/clock.ts →');
  });
});
