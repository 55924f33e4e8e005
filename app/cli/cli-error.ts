// How the CLI ends: 0 on success, 1 on a failure the user can fix (a usage mistake included), with
// one line on stderr. AppErrors carry messages written for users; anything else is a bug and
// says so without its details (they could hold a secret).
import { AppError } from '../ipc/result';

export const exitCodes = { ok: 0, failed: 1 } as const;

/** A mistake in the command line: the line and a pointer to --help. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export function errorLine(error: unknown): { readonly line: string; readonly code: number } {
  if (error instanceof UsageError) return { line: `sso-tray: ${error.message} (see --help)`, code: exitCodes.failed };
  if (error instanceof AppError) return { line: `sso-tray: ${firstLine(error.message)}`, code: exitCodes.failed };
  const code = (error as { code?: unknown } | undefined)?.code;
  if (code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' || code === 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE' || code === 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL') {
    return { line: `sso-tray: ${firstLine((error as Error).message)} (see --help)`, code: exitCodes.failed };
  }
  return { line: `sso-tray: an unexpected error (${typeof code === 'string' ? code : error instanceof Error ? error.name : 'unknown'}); run it again, or report it`, code: exitCodes.failed };
}

function firstLine(text: string): string {
  return text.split(/\r?\n/)[0]?.trim() ?? '';
}
