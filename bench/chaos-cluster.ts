// A PostgreSQL cluster of its own for `npm run chaos`: initdb into a temporary
// folder, its own port, started and stopped with pg_ctl (the shared server on
// 5432 is never touched). As root the tools run as the postgres user.
import { execFile, execFileSync, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { chmodSync, chownSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

function binDir(): string {
  const fromConfig = spawnSync('pg_config', ['--bindir'], { encoding: 'utf8' });
  if (fromConfig.status === 0 && fromConfig.stdout.trim()) return fromConfig.stdout.trim();
  return '/usr/lib/postgresql/15/bin';
}

export function createChaosCluster(port: number) {
  const bin = binDir();
  const dir = mkdtempSync(join(tmpdir(), 'rro-chaos-pg-'));
  const data = join(dir, 'data');
  const asRoot = process.getuid?.() === 0;
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).trim());
    const gid = Number(execFileSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).trim());
    chownSync(dir, uid, gid);
    chmodSync(dir, 0o700);
  }
  // Asynchronous, so the stand-in platform in the same process keeps answering meanwhile.
  const run = async (tool: string, args: string[]): Promise<void> => {
    const cmd = asRoot ? ['runuser', '-u', 'postgres', '--', join(bin, tool), ...args] : [join(bin, tool), ...args];
    try {
      await promisify(execFile)(cmd[0]!, cmd.slice(1), { encoding: 'utf8' });
    } catch (err) {
      const e = err as { stderr?: string; stdout?: string };
      throw new Error(`${tool} ${args.join(' ')} mislukte:\n${e.stderr || e.stdout || String(err)}`);
    }
  };
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off`;

  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    dir,
    init(): Promise<void> {
      return run('initdb', ['-D', data, '-U', 'postgres', '--auth=trust', '-E', 'UTF8', '--no-sync', '--locale=C']);
    },
    start(): Promise<void> {
      return run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'postgres.log'), '-w', '-t', '60', 'start']);
    },
    /** Like an outage: every connection is cut at once. */
    stop(): Promise<void> {
      return run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
    },
    destroy(): void {
      spawnSync(asRoot ? 'runuser' : join(bin, 'pg_ctl'), asRoot ? ['-u', 'postgres', '--', join(bin, 'pg_ctl'), '-D', data, '-m', 'immediate', 'stop'] : ['-D', data, '-m', 'immediate', 'stop']);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export type ChaosCluster = ReturnType<typeof createChaosCluster>;
