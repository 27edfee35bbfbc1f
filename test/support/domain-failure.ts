// Test helpers for use-cases that refuse with a DomainError.
import { expect } from 'vitest';
import { DomainError } from '../../src/core/domain-error.ts';

/** The DomainError a promise rejects with (fails the test when it resolves). */
export const failure = (p: Promise<unknown>): Promise<DomainError> =>
  p.then(() => expect.fail('verwacht een DomainError'), (e: unknown) => (e instanceof DomainError ? e : Promise.reject(e)));

/** 'ok', or the DomainError's code. */
export const code = (p: Promise<unknown>): Promise<string> =>
  p.then(() => 'ok', (e: unknown) => (e instanceof DomainError ? e.code : String(e)));
