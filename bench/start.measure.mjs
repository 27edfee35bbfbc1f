#!/usr/bin/env node
// Start-time and idle-memory probe for `npm start` (RRO-bot).
// For each run: a fresh store (empty DATA_DIR for PGlite, a fresh database for PostgreSQL),
// a first start (migrations + demo), SIGTERM, wait for exit, a later start on the same store.
// Per start: ms from spawning `npm start` until GET /healthz answers 200, the moments the
// server logged "database klaar" / "demo-organisatie geladen" / "RRO-bot draait op", and
// VmRSS/VmHWM of every process in the tree about --idle-ms after /healthz answered.
//
//   node measure.mjs [--repo /work/main] [--modes pglite,pg] [--runs 5] [--idle-ms 10000]
//                    [--pg-admin postgresql://postgres@127.0.0.1:5432] [--out results.json]
//
// Modes: pglite (DATA_DIR only, demo by default), pg (DATABASE_URL, DEMO=true),
// pg-nodemo (DATABASE_URL, DEMO unset: the production default, no demo).
// Run `npm run -s build` in the repo first, so no start includes a rebuild of dist/server/
// (a start that did rebuild is flagged in the output).
import { spawn, execFileSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

const { values: opt } = parseArgs({
  options: {
    repo: { type: 'string', default: '/work/main' },
    modes: { type: 'string', default: 'pglite,pg' },
    runs: { type: 'string', default: '3' },
    'idle-ms': { type: 'string', default: '10000' },
    'pg-admin': { type: 'string', default: 'postgresql://postgres@127.0.0.1:5432' },
    out: { type: 'string' },
  },
});
const RUNS = Number(opt.runs);
const IDLE_MS = Number(opt['idle-ms']);
const HEALTH_TIMEOUT_MS = 120_000;
const STOP_TIMEOUT_MS = 30_000;
const POLL_MS = 20;
const scratch = join(tmpdir(), 'start-probe');
mkdirSync(scratch, { recursive: true });

const live = new Set(); // child processes still running (for cleanup)
const databases = new Set(); // databases still to drop

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

function freePort() {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address();
      srv.close(() => resolve(port));
    });
  });
}

function healthStatus(port) {
  return new Promise((resolve) => {
    const req = request({ host: '127.0.0.1', port, path: '/healthz', timeout: 2000, agent: false }, (res) => {
      res.resume();
      res.on('end', () => resolve(res.statusCode));
    });
    req.on('timeout', () => req.destroy());
    req.on('error', () => resolve(0));
    req.end();
  });
}

function psql(sql) {
  execFileSync('psql', [`${opt['pg-admin']}/postgres`, '-v', 'ON_ERROR_STOP=1', '-qAtc', sql], { stdio: ['ignore', 'pipe', 'pipe'] });
}

// Every pid below root (inclusive), read from /proc/<pid>/stat.
function processTree(root) {
  const parentOf = new Map();
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const stat = readFileSync(`/proc/${name}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      parentOf.set(Number(name), ppid);
    } catch { /* gone meanwhile */ }
  }
  const tree = [root];
  for (let i = 0; i < tree.length; i++) for (const [pid, ppid] of parentOf) if (ppid === tree[i]) tree.push(pid);
  return tree.filter((pid) => parentOf.has(pid));
}

function memoryOf(pid, root) {
  try {
    const status = readFileSync(`/proc/${pid}/status`, 'utf8');
    const kb = (key) => Number(status.match(new RegExp(`^${key}:\\s+(\\d+) kB`, 'm'))?.[1] ?? NaN);
    const argv = readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').filter(Boolean);
    // npm rewrites its own title ("npm start"): the root is npm, start.mjs the server.
    const role = pid === root ? 'npm' : argv.some((a) => a.endsWith('scripts/start.mjs')) ? 'server' : 'other';
    return { pid, role, cmd: argv.join(' ').slice(0, 120), rssMB: kb('VmRSS') / 1024, hwmMB: kb('VmHWM') / 1024 };
  } catch {
    return null;
  }
}

const alive = (pid) => { try { process.kill(pid, 0); return true; } catch { return false; } };

async function oneStart({ label, env }) {
  const port = await freePort();
  const fullEnv = { ...process.env, ...env, PORT: String(port), LOG_FORMAT: 'json' };
  const load = loadavg();
  const t0 = performance.now();
  const wall0 = Date.now();
  const child = spawn('npm', ['start'], { cwd: opt.repo, env: fullEnv, stdio: ['ignore', 'pipe', 'pipe'], detached: true });
  live.add(child);
  let exited = null;
  child.once('exit', (code, signal) => { exited = { code, signal }; live.delete(child); });
  let out = '';
  let err = '';
  child.stdout.on('data', (d) => { out += d; });
  child.stderr.on('data', (d) => { err += d; });

  let status = 0;
  while (status !== 200) {
    if (exited) throw new Error(`${label}: npm start exited early ${JSON.stringify(exited)}\n${out}\n${err}`);
    if (performance.now() - t0 > HEALTH_TIMEOUT_MS) throw new Error(`${label}: no /healthz 200 within ${HEALTH_TIMEOUT_MS} ms`);
    status = await healthStatus(port);
    if (status !== 200) await sleep(POLL_MS);
  }
  const healthMs = performance.now() - t0;

  // Let it idle, then read the memory of every process npm start left running.
  await sleep(IDLE_MS);
  const tree = processTree(child.pid);
  const procs = tree.map((pid) => memoryOf(pid, child.pid)).filter(Boolean);

  // Stop as a supervisor would: SIGTERM to npm (it passes the signal on), wait for every process.
  const tStop = performance.now();
  process.kill(child.pid, 'SIGTERM');
  while (!exited || tree.some(alive)) {
    if (performance.now() - tStop > STOP_TIMEOUT_MS) {
      try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ }
      throw new Error(`${label}: still running ${STOP_TIMEOUT_MS} ms after SIGTERM`);
    }
    await sleep(POLL_MS);
  }
  const stopMs = performance.now() - tStop;

  const marks = {};
  for (const line of out.split('\n')) {
    if (!line.startsWith('{')) continue;
    try {
      const { msg, time } = JSON.parse(line);
      if (msg === 'database klaar') marks.dbReadyMs = time - wall0;
      else if (msg?.startsWith('demo-organisatie geladen')) marks.demoMs = time - wall0;
      else if (msg?.startsWith('RRO-bot draait op')) marks.listeningMs = time - wall0;
    } catch { /* not a log line */ }
  }
  return {
    label,
    port,
    load1: load[0],
    healthMs,
    ...marks,
    rebuilt: out.includes('[start] dist/server/ bijgewerkt'),
    demoLoaded: marks.demoMs !== undefined,
    stopMs,
    exit: exited,
    procs,
    serverRssMB: procs.filter((p) => p.role === 'server').reduce((s, p) => s + p.rssMB, 0),
    npmRssMB: procs.filter((p) => p.role === 'npm').reduce((s, p) => s + p.rssMB, 0),
    treeRssMB: procs.reduce((s, p) => s + p.rssMB, 0),
    serverHwmMB: procs.filter((p) => p.role === 'server').reduce((s, p) => s + p.hwmMB, 0),
    stderr: err.trim(),
  };
}

async function oneRun(mode, i) {
  const dataDir = mkdtempSync(join(scratch, `data-${mode}-`));
  const env = { DATA_DIR: dataDir };
  let db;
  if (mode !== 'pglite') {
    db = `rro_start_probe_${process.pid}_${mode.replace('-', '_')}_${i}`;
    psql(`CREATE DATABASE ${db}`);
    databases.add(db);
    env.DATABASE_URL = `${opt['pg-admin']}/${db}`;
    if (mode === 'pg') env.DEMO = 'true';
  }
  try {
    const first = await oneStart({ label: `${mode}#${i} first`, env });
    const later = await oneStart({ label: `${mode}#${i} later`, env });
    return { mode, run: i, first, later };
  } finally {
    rmSync(dataDir, { recursive: true, force: true });
    if (db) { psql(`DROP DATABASE IF EXISTS ${db}`); databases.delete(db); }
  }
}

function cleanup() {
  for (const child of live) { try { process.kill(-child.pid, 'SIGKILL'); } catch { /* gone */ } }
  for (const db of databases) { try { psql(`DROP DATABASE IF EXISTS ${db} WITH (FORCE)`); } catch { /* best effort */ } }
}
process.on('SIGINT', () => { cleanup(); process.exit(130); });

const stats = (xs) => {
  const s = xs.filter((x) => Number.isFinite(x)).sort((a, b) => a - b);
  if (s.length === 0) return '–';
  const mid = s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
  return [s[0], mid, s.at(-1)].map((x) => x.toFixed(x >= 100 ? 0 : 1)).join(' / ');
};

const results = [];
const batches = [];
try {
  for (const mode of opt.modes.split(',')) {
    const load = loadavg();
    batches.push({ mode, loadBefore: load });
    console.error(`[probe] ${mode}: load ${load.map((l) => l.toFixed(2)).join(', ')}; ${RUNS} runs`);
    for (let i = 1; i <= RUNS; i++) {
      const r = await oneRun(mode, i);
      results.push(r);
      for (const s of [r.first, r.later]) {
        console.error(`[probe] ${s.label}: healthz ${s.healthMs.toFixed(0)} ms (db ${s.dbReadyMs ?? '–'}, demo ${s.demoMs ?? '–'}, listen ${s.listeningMs ?? '–'}), ` +
          `server RSS ${s.serverRssMB.toFixed(1)} MB (peak ${s.serverHwmMB.toFixed(1)}), npm ${s.npmRssMB.toFixed(1)} MB, stop ${s.stopMs.toFixed(0)} ms, load1 ${s.load1.toFixed(2)}` +
          `${s.rebuilt ? ' REBUILT' : ''} exit ${JSON.stringify(s.exit)}`);
      }
    }
  }
} finally {
  cleanup();
}

if (opt.out) writeFileSync(opt.out, JSON.stringify({ batches, results }, null, 2));
const rows = [];
for (const { mode } of batches) {
  for (const phase of ['first', 'later']) {
    const xs = results.filter((r) => r.mode === mode).map((r) => r[phase]);
    const col = (key) => stats(xs.map((x) => x[key]));
    rows.push(`| ${mode} | ${phase} | ${xs.length} | ${col('healthMs')} | ${col('dbReadyMs')} | ${col('demoMs')} | ${col('listeningMs')} | ${col('serverRssMB')} | ${col('serverHwmMB')} | ${col('npmRssMB')} | ${col('treeRssMB')} | ${col('stopMs')} | ${xs.filter((x) => x.rebuilt).length} |`);
  }
}
console.log('min / median / max; times in ms from spawning `npm start`, memory in MB (VmRSS ~idle-ms after /healthz 200)\n');
console.log('| store | start | n | /healthz 200 | "database klaar" | demo loaded | listening | server RSS | server peak (VmHWM) | npm RSS | tree RSS | stop (SIGTERM→exit) | rebuilt |');
console.log('|---|---|---|---|---|---|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
console.log(`\nload average before each batch: ${batches.map((b) => `${b.mode} ${b.loadBefore.map((l) => l.toFixed(2)).join(', ')}`).join('; ')}`);
console.log(`processes per start: ${[...new Set(results.flatMap((r) => [r.first, r.later]).map((s) => s.procs.map((p) => p.role).join('+')))].join(', ')}`);
