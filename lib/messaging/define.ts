import type { z } from 'zod';

/** A message the background answers: its request schema, and (as a type only) what it returns. */
export interface MessageDef<S extends z.ZodType = z.ZodType, R = unknown> {
  request: S;
  /** Phantom field carrying the result type; never set at run time. */
  readonly __result?: R;
}

export const defineMessage =
  <R>() =>
  <S extends z.ZodType>(request: S): MessageDef<S, R> => ({ request });

/** `storage-full`: the browser refused the write for lack of space (the UI tells the seller what to do). */
export type ErrorCode = 'invalid' | 'forbidden' | 'unknown-type' | 'failed' | 'storage-full';

export interface MessageError {
  code: ErrorCode;
  message: string;
  /** For `invalid`: the exact fields that failed, as `path: problem`. */
  issues?: string[];
}

export type MessageResponse<R> = { ok: true; data: R } | { ok: false; error: MessageError };

/** An error the background reported; carries the code so the UI can word it. */
export class SidekickError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly issues: string[] = [],
  ) {
    super(message);
    this.name = 'SidekickError';
  }
}

/** `a.b[2].c: expected number` — the exact field and problem, for error messages and import reports. */
export function formatIssues(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const path = issue.path
      .map((part, i) => (typeof part === 'number' ? `[${part}]` : i === 0 ? String(part) : `.${String(part)}`))
      .join('');
    return path ? `${path}: ${issue.message}` : issue.message;
  });
}
