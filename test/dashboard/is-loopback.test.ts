import { describe, expect, it } from 'vitest';
import { isLoopback } from '../../src/dashboard/is-loopback.ts';

describe('isLoopback (embedded dashboard guard)', () => {
  it('lets this machine in and keeps every other address out', () => {
    for (const a of ['127.0.0.1', '127.1.2.3', '::1', '::ffff:127.0.0.1']) expect(isLoopback(a)).toBe(true);
    for (const a of ['10.0.0.5', '192.168.1.20', '::ffff:10.0.0.5', 'fe80::1', '1127.0.0.1', undefined]) expect(isLoopback(a)).toBe(false);
  });
});
