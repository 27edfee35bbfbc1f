// The CLI as an admin runs it (a real child process): help and errors in Dutch only.
import { execFile } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { translateCliError } from '../../src/cli/dutch-help.ts';
import { buildCli } from '../../src/cli/index.ts';
import { parseEnv } from '../../src/config/env.ts';

function runCli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', 'src/cli/index.ts', ...args], { env: { PATH: process.env.PATH, HOME: process.env.HOME }, timeout: 60_000 }, (error, out, err) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, out, err }),
    );
  });
}

// Commander's own English; any of these in the output means a text escaped translation.
const ENGLISH = /\b(Usage|Options|Commands|Arguments|display help|for command|default:|choices:|error:|unknown|missing|\[options\]|\[command\])\b/i;

describe('CLI help is Dutch throughout', () => {
  // One real process for the top-level help and one per error; subcommands' help in process.
  it('rro --help: Dutch headings, usage and help command, exit code 0', async () => {
    const { code, out } = await runCli(['--help']);
    expect(code).toBe(0);
    expect(out).toMatch(/^Gebruik: rro \[opties\] \[commando\]/);
    expect(out).toContain('Opties:');
    expect(out).toContain("Commando's:");
    expect(out).toContain('toon hulp bij dit commando');
    expect(out).toMatch(/help \[commando\]\s+toon hulp bij een commando/);
    expect(out).not.toMatch(ENGLISH);
  });

  it('every subcommand\'s help, nested ones too', () => {
    const program = buildCli({ config: parseEnv({}), openStore: () => Promise.reject(new Error('niet nodig')), out: () => {}, err: () => {} });
    const all = program.commands.flatMap((c) => [c, ...c.commands]);
    expect(all.length).toBeGreaterThan(6);
    for (const command of all) {
      const help = command.helpInformation();
      expect(help, command.name()).toMatch(/^Gebruik: rro /);
      expect(help, command.name()).toContain('toon hulp bij dit commando');
      expect(help, command.name()).not.toMatch(ENGLISH);
    }
  });

  it('answers an unknown command or option in Dutch on stderr with exit code 1', async () => {
    const [command, option] = await Promise.all([runCli(['verwijder-alles']), runCli(['lapse', '--kleur'])]);
    expect(command.code).toBe(1);
    expect(command.err).toContain("fout: onbekend commando 'verwijder-alles'");
    expect(option.code).toBe(1);
    expect(option.err).toContain("fout: onbekende optie '--kleur'");
    expect(command.err + option.err).not.toMatch(ENGLISH);
  });

  it('translates the remaining commander errors and keeps the values in them', () => {
    expect(translateCliError("error: missing required argument 'soort'")).toBe("fout: argument 'soort' ontbreekt");
    expect(translateCliError("error: unknown option '--dryrun'\n(Did you mean --dry-run?)")).toBe("fout: onbekende optie '--dryrun'\n(bedoel je --dry-run?)");
  });
});
