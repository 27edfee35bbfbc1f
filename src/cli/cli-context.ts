// What every CLI command gets: a way to open the configured, migrated store and
// to print. Commands never read process.env themselves.
import type { Config } from '../config/env.ts';
import type { Database } from '../store/database.ts';

export interface CliContext {
  config: Config;
  /** Opens the configured database, migrated; the caller closes it. */
  openStore(): Promise<Database>;
  out(line: string): void;
  err(line: string): void;
}
