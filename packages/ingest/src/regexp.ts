/**
 * Regular expressions the rules build from the lexicons, compiled so that V8 runs them fast.
 *
 * With both the `i` and the `u` flag, V8 (Node 20) compiles every `\b` as a pair of look-arounds
 * on a class of word characters, which keeps it from skipping ahead to a pattern's first letters:
 * `/\b(?:was|were)\s+held\b/iu` is about 20 times slower than `/(?<!\w)(?:was|were)\s+held(?!\w)/iu`.
 * The two are the same pattern: a `\b` whose next character can only be a word character is
 * `(?<!\w)`, one whose previous character can only be a word character is `(?!\w)` (and `\w` under
 * `iu` is the same class `\b` reads, with ſ and the Kelvin sign). `regExp` makes that rewrite where
 * the pattern proves it, and leaves every other `\b` as written.
 */
import { setFlagsFromString } from 'node:v8';

// V8 first runs a pattern in its bytecode interpreter and compiles it to machine code on its next
// run; for the rules' large Unicode patterns (a name's pattern inside every person line's shape) the
// bytecode compile is the slower one by far (0.24 s against 0.04 s for the largest), and a process
// paid both for each of its ~260 patterns on its first page (2 s of CPU for raw/kz). Compiling
// straight to machine code matches the same way and leaves the warm pages as fast. The flag holds
// for the process: it changes how V8 runs a pattern, never what a pattern matches.
setFlagsFromString('--no-regexp-tier-up');

/** A parsed piece of a pattern: what the rewrite needs to know of it. */
interface Piece {
  /** Its source as written (for a group: with its rewritten contents). */
  source: string;
  /** It matches no character (an assertion or a look-around). */
  zeroWidth: boolean;
  /** It may match no character. */
  nullable: boolean;
  /** Every non-empty match starts with a word character. */
  startsWord: boolean;
  /** Every non-empty match ends with a word character. */
  endsWord: boolean;
  /** A `\b` to rewrite. */
  boundary?: boolean;
}

/** Characters that are word characters under `iu` whatever their case: ASCII letters, digits, `_`. */
const WORD_CHAR = /^[A-Za-z0-9_]$/;

const atom = (source: string, word: boolean): Piece => ({ source, zeroWidth: false, nullable: false, startsWord: word, endsWord: word });
const assertion = (source: string): Piece => ({ source, zeroWidth: true, nullable: true, startsWord: true, endsWord: true });

/** A reader of one pattern's source, left to right. */
class Reader {
  at = 0;
  constructor(readonly text: string) {}
  peek(offset = 0): string {
    return this.text[this.at + offset] ?? '';
  }
  done(): boolean {
    return this.at >= this.text.length;
  }
}

/** `\…` outside a class, from its backslash: its source and whether it can match only word characters. */
function readEscape(r: Reader): Piece {
  const start = r.at;
  r.at += 1;
  const c = r.peek();
  r.at += 1;
  if (c === 'b') return { ...assertion('\\b'), boundary: true };
  if (c === 'B') return assertion('\\B');
  if (c === 'p' || c === 'P' || c === 'k') {
    const close = r.text.indexOf(c === 'k' ? '>' : '}', r.at);
    r.at = close + 1;
    // A back reference may match anything, or nothing.
    return c === 'k' ? { ...atom(r.text.slice(start, r.at), false), nullable: true } : atom(r.text.slice(start, r.at), false);
  }
  if (c === 'u' && r.peek() === '{') r.at = r.text.indexOf('}', r.at) + 1;
  else if (c === 'u') r.at += 4;
  else if (c === 'x') r.at += 2;
  else if (c === 'c') r.at += 1;
  else if (/[1-9]/.test(c)) {
    while (/[0-9]/.test(r.peek())) r.at += 1;
    return { ...atom(r.text.slice(start, r.at), false), nullable: true };
  }
  const source = r.text.slice(start, r.at);
  return atom(source, c === 'w' || c === 'd');
}

/** `[…]`: its source and whether every character it matches is a word character. */
function readClass(r: Reader): Piece {
  const start = r.at;
  r.at += 1;
  const negated = r.peek() === '^';
  if (negated) r.at += 1;
  let word = !negated;
  while (r.peek() !== ']') {
    if (r.done()) throw new SyntaxError(`unterminated class in ${r.text}`);
    if (r.peek() === '\\') {
      const c = r.peek(1);
      // \w and \d only; any other escape (\p{…}, \s, a code) may be a non-word character.
      if (c !== 'w' && c !== 'd') word = false;
      r.at += 2;
      if ((c === 'p' || c === 'P' || (c === 'u' && r.peek() === '{'))) r.at = r.text.indexOf('}', r.at) + 1;
      continue;
    }
    const c = r.peek();
    if (r.peek(1) === '-' && r.peek(2) !== ']' && r.peek(2) !== '') {
      const to = r.peek(2);
      if (to === '\\') word = false;
      else if (!(/[A-Z]/.test(c) && /[A-Z]/.test(to)) && !(/[a-z]/.test(c) && /[a-z]/.test(to)) && !(/[0-9]/.test(c) && /[0-9]/.test(to))) word = false;
      r.at += to === '\\' ? 2 : 3;
      continue;
    }
    if (!WORD_CHAR.test(c)) word = false;
    r.at += 1;
  }
  r.at += 1;
  return atom(r.text.slice(start, r.at), word);
}

/** `{n}`, `{n,}`, `{n,m}`; a group's opening: `(`, `(?:`, `(?=`, `(?<!`, `(?<name>`. Sticky, read where the reader is. */
const BRACES = /\{\d+(?:,\d*)?\}/y;
const GROUP_OPENER = /\((?:\?(?:[:=!]|<[=!]|<[A-Za-z_$][\w$]*>))?/y;

/** What a sticky pattern matches at the reader's place (the reader stays), or null. */
function readSticky(pattern: RegExp, r: Reader): string | null {
  pattern.lastIndex = r.at;
  return pattern.exec(r.text)?.[0] ?? null;
}

/** A quantifier after a piece, if any: `*`, `+`, `?`, `{n}`, `{n,}`, `{n,m}`, each maybe lazy. */
function readQuantifier(r: Reader, piece: Piece): Piece {
  const c = r.peek();
  let min: number;
  let source: string;
  if (c === '*' || c === '+' || c === '?') {
    min = c === '+' ? 1 : 0;
    source = c;
    r.at += 1;
  } else if (c === '{' && readSticky(BRACES, r) !== null) {
    source = readSticky(BRACES, r)!;
    min = Number(/\d+/.exec(source)![0]);
    r.at += source.length;
  } else return piece;
  if (r.peek() === '?') {
    source += '?';
    r.at += 1;
  }
  // A quantified assertion is not valid with the `u` flag: nothing to rewrite there.
  return { ...piece, source: piece.source + source, nullable: piece.nullable || min === 0, boundary: false };
}

/** Whether the first character the pieces from `from` on consume must be a word character. */
function nextIsWord(pieces: readonly Piece[], from: number): boolean {
  for (let i = from; i < pieces.length; i += 1) {
    const p = pieces[i]!;
    if (p.zeroWidth) continue;
    if (!p.startsWord) return false;
    if (!p.nullable) return true;
  }
  // The rest of the sequence may match nothing: what follows it is not known here.
  return false;
}

/** Whether the last character the pieces up to `to` consumed must be a word character. */
function previousIsWord(pieces: readonly Piece[], to: number): boolean {
  for (let i = to; i >= 0; i -= 1) {
    const p = pieces[i]!;
    if (p.zeroWidth) continue;
    if (!p.endsWord) return false;
    if (!p.nullable) return true;
  }
  return false;
}

/** One alternative: its pieces, each `\b` rewritten where its neighbours prove it. */
function sequence(pieces: Piece[]): Piece {
  const sources = pieces.map((p, i) => {
    if (!p.boundary) return p.source;
    if (nextIsWord(pieces, i + 1)) return '(?<!\\w)';
    if (previousIsWord(pieces, i - 1)) return '(?!\\w)';
    return p.source;
  });
  let startsWord = true;
  let endsWord = true;
  for (const p of pieces) {
    if (p.zeroWidth) continue;
    if (!p.startsWord) startsWord = false;
    if (!p.nullable) break;
  }
  for (const p of [...pieces].reverse()) {
    if (p.zeroWidth) continue;
    if (!p.endsWord) endsWord = false;
    if (!p.nullable) break;
  }
  const zeroWidth = pieces.every((p) => p.zeroWidth);
  return { source: sources.join(''), zeroWidth, nullable: pieces.every((p) => p.nullable), startsWord, endsWord };
}

/** Alternatives up to the end or the closing parenthesis of the group being read. */
function readAlternatives(r: Reader, inLookbehind: boolean): Piece {
  const alternatives: Piece[] = [];
  let pieces: Piece[] = [];
  for (;;) {
    const c = r.peek();
    if (r.done() || c === ')') {
      alternatives.push(inLookbehind ? plain(pieces) : sequence(pieces));
      break;
    }
    if (c === '|') {
      alternatives.push(inLookbehind ? plain(pieces) : sequence(pieces));
      pieces = [];
      r.at += 1;
      continue;
    }
    pieces.push(readQuantifier(r, readPiece(r, inLookbehind)));
  }
  return {
    source: alternatives.map((a) => a.source).join('|'),
    zeroWidth: alternatives.every((a) => a.zeroWidth),
    nullable: alternatives.some((a) => a.nullable),
    startsWord: alternatives.every((a) => a.startsWord),
    endsWord: alternatives.every((a) => a.endsWord),
  };
}

/** A sequence inside a look-behind, kept as written (it is matched right to left). */
function plain(pieces: Piece[]): Piece {
  return { source: pieces.map((p) => p.source).join(''), zeroWidth: true, nullable: true, startsWord: false, endsWord: false };
}

/** `(…)` of any kind, from its parenthesis. */
function readGroup(r: Reader, inLookbehind: boolean): Piece {
  const opener = readSticky(GROUP_OPENER, r)!;
  r.at += opener.length;
  const lookbehind = opener === '(?<=' || opener === '(?<!';
  const lookaround = lookbehind || opener === '(?=' || opener === '(?!';
  const inner = readAlternatives(r, inLookbehind || lookbehind);
  if (r.peek() !== ')') throw new SyntaxError(`unterminated group in ${r.text}`);
  r.at += 1;
  const source = `${opener}${inner.source})`;
  return lookaround ? assertion(source) : { ...inner, source, zeroWidth: inner.zeroWidth };
}

function readPiece(r: Reader, inLookbehind: boolean): Piece {
  const c = r.peek();
  if (c === '(') return readGroup(r, inLookbehind);
  if (c === '[') return readClass(r);
  if (c === '\\') return readEscape(r);
  r.at += 1;
  if (c === '^' || c === '$') return assertion(c);
  return atom(c, WORD_CHAR.test(c));
}

/**
 * `source` with each `\b` that its neighbours prove to be a word's start or end written as the
 * one look-around it stands for. The same pattern, for the `i` and `u` flags together.
 *
 * @example rewriteWordBoundaries('\\b(?:was|were)\\s+held\\b') // '(?<!\\w)(?:was|were)\\s+held(?!\\w)'
 */
export function rewriteWordBoundaries(source: string): string {
  const r = new Reader(source);
  const whole = readAlternatives(r, false);
  if (!r.done()) throw new SyntaxError(`unbalanced parenthesis in ${source}`);
  return whole.source;
}

/** Compiled patterns by flags and source: a rule may build one per call ("^(?:seven)$" for each word). */
const compiled = new Map<string, RegExp>();

/** Past this many patterns the memo starts again (the rules build a few hundred). */
const LIMIT = 4096;

/** Every source `regExp` was given, with its flags: what the property test checks against `new RegExp`. */
export const seenPatterns = new Map<string, { source: string; flags: string }>();

/** `source` as `regExp` compiles it under `flags`. */
function fastSource(source: string, flags: string): string {
  if (!(flags.includes('i') && flags.includes('u')) || flags.includes('v') || !source.includes('\\b')) return source;
  try {
    return rewriteWordBoundaries(source);
  } catch {
    // A pattern this cannot read is compiled as written.
    return source;
  }
}

/**
 * `new RegExp(source, flags)`, with `\b` rewritten when the flags hold both `i` and `u` (see the
 * file's comment). A pattern without the `g` or `y` flag keeps no state: it is compiled once and
 * shared by every caller that builds it.
 *
 * @param source the pattern
 * @param flags its flags
 */
export function regExp(source: string, flags = ''): RegExp {
  const key = `${flags}/${source}`;
  const known = compiled.get(key);
  if (known) return known;
  if (seenPatterns.size < LIMIT) seenPatterns.set(key, { source, flags });
  const pattern = new RegExp(fastSource(source, flags), flags);
  if (flags.includes('g') || flags.includes('y')) return pattern;
  if (compiled.size >= LIMIT) compiled.clear();
  compiled.set(key, pattern);
  return pattern;
}
