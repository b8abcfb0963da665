import { describeFsError, isOutputFolderError, showPath } from '@profiles/io';
import { isProfileError } from '@profiles/model';

/** A mistake in how the command was called: printed with a hint to `--help`, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/**
 * Exit codes, the same for the same kind of problem in every command, as `diff` and most Unix
 * tools use them: 1 the input is bad (the pages, a sidecar, a dataset read), 2 the command could
 * not do what was asked (usage, an output folder refused or busy, a filesystem failure, a bug).
 * `profiles diff` uses 1 for "the datasets differ", so any failure of diff is 2.
 */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2, failure: 2 } as const;

/** Text made one line: a control character or line break in a name is escaped, never printed. */
export function oneLine(text: string): string {
  return showPath(text);
}

/**
 * What to print for a failure that is not a usage error, and its exit code: one line, no stack
 * (set PROFILES_DEBUG=1 to add one to an internal error).
 */
export function describeFailure(error: unknown): { line: string; exit: number } {
  if (isProfileError(error)) return { line: oneLine(error.message), exit: EXIT.invalidInput };
  if (isOutputFolderError(error)) return { line: oneLine(error.message), exit: EXIT.failure };
  const errno = error as NodeJS.ErrnoException | null;
  if (typeof errno?.code === 'string' && typeof errno.path === 'string') {
    return { line: oneLine(describeFsError(errno, errno.path, errno.syscall === 'open' || errno.syscall === 'read' ? 'reading' : 'writing')), exit: EXIT.failure };
  }
  const message = error instanceof Error ? error.message : String(error);
  const debug = process.env.PROFILES_DEBUG ? `\n${(error as Error)?.stack ?? ''}` : ' (set PROFILES_DEBUG=1 for details)';
  return { line: `internal error: ${oneLine(message)}${debug}`, exit: EXIT.failure };
}
