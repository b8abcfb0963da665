import { getEncoding } from 'encoding-sniffer';
import iconv from 'iconv-lite';

/** The encoding this publisher's pages use when they declare none and are not UTF-8. */
export const PUBLISHER_DEFAULT_ENCODING = 'windows-1251';

export interface DecodedPage {
  text: string;
  /** The WHATWG name of the encoding the bytes were read as. */
  encoding: string;
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
 * bytes are valid UTF-8, then `fallback` (the sidecar's `encoding`, or the publisher's windows-1251).
 * A leading BOM is dropped from the text.
 */
export function decodePage(bytes: Uint8Array, format: 'html' | 'text', fallback = PUBLISHER_DEFAULT_ENCODING): DecodedPage {
  const encoding =
    bomEncoding(bytes) ??
    (format === 'html' ? declaredHtmlEncoding(bytes) : null) ??
    (isUtf8(bytes) ? 'utf-8' : fallback.toLowerCase());
  if (!iconv.encodingExists(encoding)) throw new RangeError(`unknown character encoding "${encoding}"`);
  const buffer = Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
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
