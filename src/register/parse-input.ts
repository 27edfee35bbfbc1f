// Turns a zod failure into one DomainError whose Dutch message lists every problem.
import type { z } from 'zod';
import { DomainError } from '../core/domain-error.ts';

export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (result.success) return result.data;
  const problems = result.error.issues.map((issue) => issue.message);
  return throwInvalid(problems, result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message })));
}

function throwInvalid(problems: string[], issues: unknown[]): never {
  throw new DomainError('invalid_input', `Ongeldige invoer: ${[...new Set(problems)].join('; ')}.`, { issues, values: { problems: [...new Set(problems)].join('; ') } });
}
