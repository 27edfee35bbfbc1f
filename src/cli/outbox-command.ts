// `outbox`: what the bot still has to send and what it gave up on (dead letters),
// and a way for an admin to give a dead message another go.
import type { Command } from 'commander';
import { createOutboxStore } from '../store/outbox-store.ts';
import type { CliContext } from './cli-context.ts';

export function registerOutboxCommand(program: Command, ctx: CliContext): void {
  const outbox = program.command('outbox').description('Berichtenwachtrij: status, onbestelbare berichten, opnieuw proberen');
  outbox
    .command('status', { isDefault: true })
    .description('Aantallen per status en de laatste onbestelbare berichten')
    .action(async () => {
      const db = await ctx.openStore();
      try {
        const store = createOutboxStore(db.prisma);
        const counts = await store.countByStatus();
        ctx.out(`Wachtend: ${counts.pending} · verzonden: ${counts.sent} · onbestelbaar: ${counts.dead}`);
        for (const d of await store.listDead(20)) {
          ctx.out(`  ✗ ${d.id}  ${d.idempotencyKey}  (${d.platform}, ${d.attempts} pogingen): ${d.lastError ?? '—'}`);
        }
      } finally {
        await db.close();
      }
    });
  outbox
    .command('retry <id>')
    .description('Zet een onbestelbaar bericht terug in de wachtrij')
    .action(async (id: string) => {
      const db = await ctx.openStore();
      try {
        const ok = await createOutboxStore(db.prisma).requeue(id, new Date());
        if (!ok) {
          ctx.err(`Geen onbestelbaar bericht met id ${id}. Zie "outbox status" voor de lijst.`);
          process.exitCode = 1;
          return;
        }
        ctx.out('Bericht staat weer in de wachtrij; de bot verstuurt het bij de volgende ronde.');
      } finally {
        await db.close();
      }
    });
}
