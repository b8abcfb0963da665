/** The files of a release folder by POSIX path: text (written as UTF-8) or bytes (raw pages, the archive). */
export type ReleaseFiles = Map<string, string | Uint8Array>;

/** A file's bytes: text as UTF-8. */
export function bytesOf(content: string | Uint8Array): Buffer {
  return typeof content === 'string' ? Buffer.from(content, 'utf8') : Buffer.from(content.buffer, content.byteOffset, content.byteLength);
}

/** Code-point order of paths, the order of every list in a release. */
export function byPath(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
