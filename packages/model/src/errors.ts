/**
 * A problem with an input that the user can fix: it names the file and, where known, the line.
 * The CLI prints `message` as one line and exits 1; it never prints a stack for these.
 */
export class ProfileError extends Error {
  override readonly name = 'ProfileError';
  readonly file: string;
  readonly line: number | undefined;
  readonly reason: string;

  constructor(file: string, reason: string, line?: number) {
    super(`${file}${line !== undefined ? `:${line}` : ''}: ${reason}`);
    this.file = file;
    this.line = line;
    this.reason = reason;
  }
}

export function isProfileError(error: unknown): error is ProfileError {
  return error instanceof ProfileError;
}
