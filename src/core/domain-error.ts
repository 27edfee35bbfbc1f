// A user-facing failure of a rule or an input: a stable code for programs and a
// Dutch message for people, saying what is wrong and how to fix it.
export class DomainError extends Error {
  readonly code: string;
  readonly details: Record<string, unknown> | undefined;

  constructor(code: string, messageNl: string, details?: Record<string, unknown>) {
    super(messageNl);
    this.name = 'DomainError';
    this.code = code;
    this.details = details;
  }
}

export function isDomainError(err: unknown, code?: string): err is DomainError {
  return err instanceof DomainError && (code === undefined || err.code === code);
}
