/**
 * A file name or message made safe for one line of a terminal: line breaks, other control
 * characters and bidirectional controls are written as escapes (`\n`, `\x07`, `\u{202e}`), so one
 * problem is always one line and a name cannot rewrite what the terminal shows.
 *
 * @example showPath('raw/kz/a\nb.html') // 'raw/kz/a\\nb.html'
 */
export function showPath(text: string): string {
  // C0 and C1 controls, DEL, line/paragraph separators, bidirectional embeddings, overrides and isolates.
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\r') return '\\r';
    if (c === '\t') return '\\t';
    const code = c.codePointAt(0)!;
    return code < 0x100 ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u{${code.toString(16)}}`;
  });
}
