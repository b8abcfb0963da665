/** A mistake in how the command was called: printed with a hint to `--help`, exit code 2. */
export class UsageError extends Error {
  override readonly name = 'UsageError';
}

/** Exit codes, as `diff` and most Unix tools use them. */
export const EXIT = { ok: 0, invalidInput: 1, usage: 2 } as const;
