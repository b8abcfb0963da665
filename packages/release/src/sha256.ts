import { createHash } from 'node:crypto';

/** The SHA-256 of text (as UTF-8) or bytes, in lower-case hex. */
export function sha256(content: string | Uint8Array): string {
  return createHash('sha256').update(content).digest('hex');
}

/** The size in bytes of text written as UTF-8, or of bytes. */
export function byteLength(content: string | Uint8Array): number {
  return typeof content === 'string' ? Buffer.byteLength(content, 'utf8') : content.byteLength;
}
