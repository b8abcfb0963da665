import { getEncoding } from 'encoding-sniffer';
import iconv from 'iconv-lite';

/** The encoding this publisher's pages use when they declare none and are not UTF-8. */
export const PUBLISHER_DEFAULT_ENCODING = 'windows-1251';

export interface DecodedPage {
  text: string;
  /** The WHATWG name of the encoding the bytes were read as. */
  encoding: string;
  /**
   * Bytes that were not valid in that encoding and were read as U+FFFD: an undeclared page that is
   * UTF-8 but for a few stray bytes stays UTF-8 (see `decodePage`). Absent when there were none.
   */
  replacedBytes?: number;
}

function bomEncoding(bytes: Uint8Array): string | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

function isUtf8(bytes: Uint8Array): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/**
 * How the bytes above 0x7F of a text that is not valid UTF-8 read as UTF-8: `valid` well-formed
 * multi-byte sequences, `invalid` bytes that belong to none. A UTF-8 text with a stray byte has
 * many of the first and one of the second; a windows-1251 text has few of the first (a byte pair
 * of it is well-formed UTF-8 only by chance) and many of the second.
 */
export function utf8Evidence(bytes: Uint8Array): { valid: number; invalid: number } {
  let valid = 0;
  let invalid = 0;
  for (let i = 0; i < bytes.length; ) {
    const b = bytes[i]!;
    if (b < 0x80) {
      i += 1;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let ok = length > 0 && i + length <= bytes.length;
    for (let k = 1; ok && k < length; k += 1) {
      const c = bytes[i + k]!;
      // The second byte's range is narrower after E0, ED, F0 and F4 (no overlongs, surrogates, > U+10FFFF).
      const [lo, hi] = k === 1 && b === 0xe0 ? [0xa0, 0xbf] : k === 1 && b === 0xed ? [0x80, 0x9f] : k === 1 && b === 0xf0 ? [0x90, 0xbf] : k === 1 && b === 0xf4 ? [0x80, 0x8f] : [0x80, 0xbf];
      ok = c >= lo && c <= hi;
    }
    if (ok) {
      valid += 1;
      i += length;
    } else {
      invalid += 1;
      i += 1;
    }
  }
  return { valid, invalid };
}

/** The charset an HTML page declares in its first bytes (`<meta charset>` or `http-equiv`), if any. */
function declaredHtmlEncoding(bytes: Uint8Array): string | null {
  // The sniffer falls back to its default when nothing is declared: two defaults tell the cases
  // apart. Any other answer than the first default is a declaration, which a second run would give
  // again; only that answer needs the second run.
  const a = getEncoding(bytes, { maxBytes: 4096, defaultEncoding: 'windows-1252' });
  if (a !== UNDECLARED) return a;
  const b = getEncoding(bytes, { maxBytes: 4096, defaultEncoding: 'utf-8' });
  return a === b ? a : null;
}

/** What the sniffer answers for a page that declares nothing, with windows-1252 as its default. */
const UNDECLARED = getEncoding(new Uint8Array(0), { maxBytes: 4096, defaultEncoding: 'windows-1252' });

/**
 * Decodes a raw page: a byte-order mark wins, then (HTML) a declared charset, then UTF-8 when the
 * bytes are valid UTF-8, then `fallback` (the sidecar's `encoding`) when one is given. With none
 * given, a page that is UTF-8 but for a few stray bytes (its well-formed UTF-8 sequences outnumber
 * the bytes that fit none) is read as UTF-8 with each stray byte as U+FFFD, so one bad byte never
 * turns the whole page into windows-1251 mojibake; any other page is read as the publisher's
 * windows-1251. A leading BOM is dropped from the text.
 */
export function decodePage(bytes: Uint8Array, format: 'html' | 'text', fallback?: string): DecodedPage {
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  let encoding = bomEncoding(bytes) ?? (format === 'html' ? declaredHtmlEncoding(bytes) : null) ?? (isUtf8(bytes) ? 'utf-8' : null);
  if (encoding === null && fallback === undefined) {
    const { valid, invalid } = utf8Evidence(bytes);
    if (valid > invalid) return { text: new TextDecoder('utf-8').decode(buffer), encoding: 'utf-8', replacedBytes: invalid };
  }
  encoding ??= (fallback ?? PUBLISHER_DEFAULT_ENCODING).toLowerCase();
  if (!iconv.encodingExists(encoding)) throw new RangeError(`unknown character encoding "${encoding}"`);
  const text = iconv.decode(buffer, encoding, { stripBOM: true });
  return { text, encoding };
}

/**
 * True when the bytes are not text at all (an image or archive saved as .html): NUL bytes, or many
 * control characters, in the first kilobytes.
 */
export function looksBinary(bytes: Uint8Array): boolean {
  if (bomEncoding(bytes)?.startsWith('utf-16')) return false;
  const sample = bytes.subarray(0, 8192);
  let control = 0;
  for (let i = 0; i < sample.length; i++) {
    const byte = sample[i]!;
    if (byte === 0) return true;
    if (byte < 9 || (byte > 13 && byte < 32)) control += 1;
  }
  return control > sample.length / 20;
}
