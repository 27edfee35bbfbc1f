// `.env` in the working folder, read with Node's own parser before parseEnv sees the
// environment. Variables already set in the real environment win (Node's rule), and a
// missing file is normal: everything has a default.
export function loadEnvFile(path = '.env'): 'loaded' | 'missing' {
  try {
    process.loadEnvFile(path);
    return 'loaded';
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return 'missing';
    throw err;
  }
}
