import { createHash } from 'node:crypto';

/**
 * SHA-256 of text (as UTF-8) or bytes, in hex: the name of a blob in the store.
 *
 * @example sha256('') // 'e3b0c442…'
 */
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

/**
 * One key from several parts. Each part is length-prefixed, so `['ab', 'c']` and `['a', 'bc']`
 * give different keys: a key names exactly the inputs it was made of, never their concatenation.
 *
 * @param parts what the key stands for: a kind, code hashes, page bytes, other keys
 * @returns a SHA-256 in hex
 */
export function hashKey(parts: ReadonlyArray<string | Uint8Array>): string {
  const hash = createHash('sha256');
  for (const part of parts) {
    const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : part;
    hash.update(`${bytes.length}:`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}
