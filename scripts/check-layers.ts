// `npm run lint`: the layering of .dependency-cruiser.cjs, checked with dependency-cruiser,
// plus the one rule it cannot see (no process.env in the inner layers).
//
// dependency-cruiser reads .ts only through the `typescript` package below 7 (or swc,
// babel); this project has TypeScript 7 (native, no JS compiler API). So we hand it a
// mirror of the tree as .mjs, type-stripped by Node's own stripTypeScriptTypes, with
// `import type` kept as a plain import so type-only dependencies count too.
// Usage: check-layers.ts [repo-dir]   (exit 1 on a violation, naming the rule)
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { stripTypeScriptTypes } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';

const ROOTS = ['src', 'adapters', 'examples', 'test', 'bench', 'scripts'];
const SKIP_DIRS = new Set(['node_modules', 'data', 'data-dev', 'coverage', '__snapshots__', 'fixtures', 'assets']);
const INNER = /^src\/(core|domain|bot|features|register)\//;
const GENERATED = /^src\/store\/generated\//;

interface Violation { from: string; to: string; rule: { name: string; severity: string }; cycle?: { name: string }[] }
interface CruiseModule { source: string; dependencies: unknown[] }

export function checkLayers(repoDir: string): string[] {
  const files = ROOTS.flatMap((root) => listTs(repoDir, root));
  return [...checkProcessEnv(repoDir, files), ...cruise(repoDir, files)];
}

function listTs(repoDir: string, dir: string): string[] {
  if (!existsSync(join(repoDir, dir))) return [];
  return readdirSync(join(repoDir, dir), { withFileTypes: true }).flatMap((entry) => {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) return SKIP_DIRS.has(entry.name) ? [] : listTs(repoDir, path);
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : [];
  });
}

/** Environment is read by src/config and main, then passed in. */
function checkProcessEnv(repoDir: string, files: string[]): string[] {
  const problems: string[] = [];
  for (const file of files.filter((f) => INNER.test(f))) {
    const lines = withoutComments(readFileSync(join(repoDir, file), 'utf8')).split('\n');
    lines.forEach((line, i) => {
      if (/\bprocess\s*(\.\s*env\b|\[\s*['"`]env['"`]\s*\])/.test(line)) problems.push(`error no-process-env: ${file}:${i + 1} reads process.env (take the value as an argument; src/config parses the environment)`);
    });
  }
  return problems;
}

function withoutComments(source: string): string {
  return source.replace(/\/\*[\s\S]*?\*\//g, (c) => c.replace(/[^\n]/g, ' ')).replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

// stripTypeScriptTypes is still flagged experimental in Node 24; its warning is noise here.
const emitWarning = process.emitWarning.bind(process);
process.emitWarning = ((warning: string | Error, ...rest: unknown[]) => {
  if (!String(warning).includes('stripTypeScriptTypes')) (emitWarning as (...a: unknown[]) => void)(warning, ...rest);
}) as typeof process.emitWarning;

function toJavaScript(source: string): string {
  const typesAsValues = source
    .replace(/^(\s*)import\s+type\s+/gm, '$1import ')
    .replace(/^(\s*)export\s+type\s+(\{|\*)/gm, '$1export $2')
    .replace(/(['"])(\.{1,2}\/[^'"\n]*?)\.ts\1/g, '$1$2.mjs$1'); // the mirror's file names
  try {
    return stripTypeScriptTypes(typesAsValues, { mode: 'transform' });
  } catch {
    return typesAsValues; // dependency-cruiser falls back to acorn-loose, which still reads the imports
  }
}

function cruise(repoDir: string, files: string[]): string[] {
  const mirror = mkdtempSync(join(tmpdir(), 'rro-layers-'));
  try {
    for (const file of files) {
      const target = join(mirror, file.replace(/\.ts$/, '.mjs'));
      mkdirSync(dirname(target), { recursive: true });
      // Generated Prisma files only need to exist (nothing is followed into them).
      writeFileSync(target, GENERATED.test(file) ? 'export {};\n' : toJavaScript(readFileSync(join(repoDir, file), 'utf8')));
    }
    const modules = resolve(repoDir, 'node_modules');
    if (existsSync(modules)) symlinkSync(modules, join(mirror, 'node_modules'));
    writeFileSync(join(mirror, '.dependency-cruiser.cjs'), [
      `const rules = require(${JSON.stringify(resolve(repoDir, '.dependency-cruiser.cjs'))});`,
      'module.exports = { ...rules, options: { ...rules.options, preserveSymlinks: true } };',
    ].join('\n'));
    const roots = ROOTS.filter((r) => existsSync(join(mirror, r)));
    const depcruise = resolve(repoDir, 'node_modules/dependency-cruiser/bin/dependency-cruiser.mjs');
    let out: string;
    try {
      out = execFileSync(process.execPath, [depcruise, '--config', '.dependency-cruiser.cjs', '--output-type', 'json', ...roots], { cwd: mirror, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 });
    } catch (err) {
      const e = err as { stdout?: string; stderr?: string };
      if (!e.stdout) throw new Error(`dependency-cruiser failed: ${e.stderr ?? String(err)}`);
      out = e.stdout;
    }
    const result = JSON.parse(out) as { modules: CruiseModule[]; summary: { violations: Violation[] } };
    const ts = (p: string) => p.replace(/\.mjs$/, '.ts');
    const problems = result.summary.violations.map((v) => {
      const via = v.cycle?.length ? ` (cycle: ${v.cycle.map((c) => ts(c.name)).join(' → ')})` : '';
      return `${v.rule.severity} ${v.rule.name}: ${ts(v.from)} → ${ts(v.to)}${via}`;
    });
    problems.push(...unread(repoDir, files, result.modules));
    return problems;
  } finally {
    rmSync(mirror, { recursive: true, force: true });
  }
}

/** A rule nobody can see is a wish: fail when a file with imports came back without any. */
function unread(repoDir: string, files: string[], modules: CruiseModule[]): string[] {
  const seen = new Map(modules.map((m) => [m.source.replace(/\.mjs$/, '.ts'), m.dependencies.length]));
  return files
    .filter((f) => !GENERATED.test(f) && /^\s*(import|export)\b[^;]*?\bfrom\s*['"]/m.test(readFileSync(join(repoDir, f), 'utf8')))
    .filter((f) => !seen.get(f))
    .map((f) => `error unread-imports: ${f} has imports dependency-cruiser did not see`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const repoDir = resolve(process.argv[2] ?? '.');
  const problems = checkLayers(repoDir);
  for (const p of problems) console.log(p);
  const errors = problems.filter((p) => p.startsWith('error')).length;
  console.log(errors ? `lint: ${errors} layering violation(s)` : `lint: layering ok (${relative(process.cwd(), repoDir) || '.'})`);
  process.exitCode = errors ? 1 : 0;
}
