import type { Command } from 'commander';
import type { CliContext } from './cli-context.ts';

export function registerMigrateCommand(program: Command, ctx: CliContext): void {
  program
    .command('migrate')
    .description('Past openstaande databasemigraties toe (prisma/migrations)')
    .action(async () => {
      const db = await ctx.openStore();
      await db.close();
      ctx.out('Database is bijgewerkt.');
    });
}
