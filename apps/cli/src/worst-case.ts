// The worst case of issue 13's bound: the seed with its cabinet grown into thousands of distinct
// "Family Given - Title" lines, each a new person and a new post. Used by the bounds test (the
// page is refused or builds, never crashes) and by `npm run bench:worst` (under a minute and 1 GB).

const LETTERS = 'bdgklmnprstvz';
const VOWELS = 'aeiou';

/** A distinct, name-shaped word for each number: Bakeliev, Dunoraev, … */
export function nameWord(n: number): string {
  let out = '';
  let rest = n;
  do {
    out += LETTERS[rest % LETTERS.length]! + VOWELS[Math.floor(rest / LETTERS.length) % VOWELS.length]!;
    rest = Math.floor(rest / (LETTERS.length * VOWELS.length));
  } while (rest > 0);
  return out[0]!.toUpperCase() + out.slice(1) + 'ev';
}

/** The i-th distinct cabinet line. */
function cabinetLine(i: number): string {
  return `${nameWord(i)} ${nameWord(i * 7 + 3)} - Minister of ${nameWord(i * 13 + 5)} Affairs of the Republic of Kazakhstan\n`;
}

/**
 * The seed page (its text) with distinct cabinet lines inserted before its first minister's line
 * ("Masimov Karim – …"), up to `limit.bytes` in all or `limit.lines` lines, whichever is given.
 */
export function nameTitlePage(seed: string, limit: { bytes: number } | { lines: number }): Buffer {
  const lines = seed.split('\n');
  const at = lines.findIndex((line) => line.startsWith('Masimov Karim'));
  if (at < 0) throw new Error('the seed has no "Masimov Karim" line to grow the cabinet at');
  const head = lines.slice(0, at).join('\n');
  const tail = lines.slice(at).join('\n');
  const budget = 'bytes' in limit ? limit.bytes - Buffer.byteLength(head) - Buffer.byteLength(tail) - 2 : Infinity;
  const count = 'lines' in limit ? limit.lines : Infinity;
  const extra: string[] = [];
  let size = 0;
  for (let i = 0; i < count; i += 1) {
    const line = cabinetLine(i);
    if (size + line.length + 1 > budget) break;
    extra.push(line);
    size += line.length + 1;
  }
  return Buffer.from(`${head}\n${extra.join('\n')}\n${tail}`);
}
