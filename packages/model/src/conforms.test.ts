import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { conformsToProfile } from './conforms.js';
import { ProfileSchema } from './profile.js';
import { sampleProfile } from './sample.js';

/** Every path to a value in a JSON tree: ['persons', 0, 'name'], … */
function paths(value: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  if (value === null || typeof value !== 'object') return [prefix];
  const entries = Array.isArray(value) ? value.map((v, i) => [i, v] as const) : Object.entries(value);
  return [prefix, ...entries.flatMap(([key, v]) => paths(v, [...prefix, key]))];
}

function setAt(root: unknown, path: (string | number)[], value: unknown): unknown {
  if (path.length === 0) return value;
  const copy = structuredClone(root) as Record<string | number, unknown>;
  let node = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  node[path[path.length - 1]!] = value;
  return copy;
}

/** The promise `validateProfile` relies on: a yes means zod passes it and returns the same JSON. */
function agreesWithZod(value: unknown): void {
  if (!conformsToProfile(value)) return;
  const parsed = ProfileSchema.safeParse(value);
  expect(parsed.success).toBe(true);
  expect(JSON.stringify(parsed.data)).toBe(JSON.stringify(value));
}

const WEIRD_VALUES: unknown[] = [
  null, undefined, '', ' ', 'x', ' x', 'x ', 'a\nb', 'a\rb', 'a\tb', 'http://x.y/', ' http://x.y/', 'http://x.y/\t', 'not a url', 'javascript:alert(1)',
  'kg-person-0123456789ab', 'KG-person-0123456789ab', '2011', '2011-02-29', '2012-02-29', '2011-13', 'html', 'text', 'percent', 'ministry',
  0, -1, 1, 1.5, 100, 100.5, -0, Number.NaN, Number.POSITIVE_INFINITY, 2 ** 53, [], ['x'], [''], {}, { extra: 1 }, true,
];

describe('conformsToProfile', () => {
  it('should say yes to the sample profile, which zod returns unchanged', () => {
    expect(conformsToProfile(sampleProfile())).toBe(true);
    agreesWithZod(sampleProfile());
  });

  it('should say no to an extra key, a missing key or another key order', () => {
    const profile = sampleProfile();
    expect(conformsToProfile({ ...profile, extra: [] })).toBe(false);
    const { notes: _notes, ...withoutNotes } = profile;
    expect(conformsToProfile(withoutNotes)).toBe(false);
    const { schemaVersion, ...rest } = profile;
    expect(conformsToProfile({ ...rest, schemaVersion })).toBe(false);
  });

  it('should say yes only to what zod passes unchanged, whatever value stands anywhere', () => {
    const sample = sampleProfile();
    const all = paths(sample);
    fc.assert(
      fc.property(fc.constantFrom(...all), fc.constantFrom(...WEIRD_VALUES), (path, value) => {
        agreesWithZod(setAt(sample, path, value));
      }),
      { numRuns: 3000, seed: 20261127 },
    );
  });

  it('should still say yes to most valid edits, so the fast path is the common one', () => {
    const sample = sampleProfile();
    const edited = setAt(setAt(sample, ['persons', 0, 'name'], 'Other Name'), ['source', 'url'], 'https://example.org/page');
    expect(conformsToProfile(edited)).toBe(true);
    agreesWithZod(edited);
  });
});
