// A second instance's own connection pool on the same real PostgreSQL test
// database, to race two schedulers or workers against each other.
import { openDatabase, type Database } from '../../src/store/database.ts';

export async function openSecondConnection(db: Database): Promise<Database> {
  const server = process.env.TEST_DATABASE_URL;
  if (db.kind !== 'postgres' || !server) throw new Error('een tweede verbinding kan alleen met TEST_DATABASE_URL (echte PostgreSQL)');
  const [row] = await db.prisma.$queryRawUnsafe<{ name: string }[]>('SELECT current_database() AS name');
  const url = new URL(server);
  url.pathname = `/${row!.name}`;
  return openDatabase({ url: url.toString(), poolSize: 4 });
}
