// Child process for the lock race test: tries to take DATA_DIR's lock once, says
// "ok" or "bezet", and (holding it or not) waits until killed.
import { acquireDataDirLock, DataDirLockedError } from '../../src/store/data-dir-lock.ts';

try {
  acquireDataDirLock(process.argv[2]!, 'bot');
  process.stdout.write('ok\n');
} catch (err) {
  if (!(err instanceof DataDirLockedError)) throw err;
  process.stdout.write('bezet\n');
}
setInterval(() => undefined, 60_000);
