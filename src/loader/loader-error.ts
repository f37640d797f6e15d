import type { Diagnostic } from '../lib/types.ts';

/** A problem with an input file, reported as `file[:line:col]: message` and never as a stack trace. */
export class LoaderError extends Error {
  constructor(
    readonly diagnostic: Diagnostic,
    options?: { cause?: unknown },
  ) {
    super(formatDiagnostic(diagnostic), options);
    this.name = 'LoaderError';
  }
}

/** Formats a diagnostic the way compilers do, so editors can jump to the place. */
export function formatDiagnostic(d: Diagnostic): string {
  const place = d.line !== undefined ? `:${d.line}:${d.column ?? 1}` : '';
  return `${d.file}${place}: ${d.message}`;
}
