// Properties of mergeCountry over random sets of snapshots: any subset of the kz fixtures, dated at
// random, in any order, gives a valid dataset whose keys hold, the same whatever the order.
import fc from 'fast-check';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Profile } from '@profiles/model';
import { CountryDatasetSchema } from './schema.js';
import { keyProblems } from './check.js';
import { mergeCountry } from './merge.js';
import { legislativePage, reshuffledSnapshot, seedSnapshot } from './fixtures/index.js';

let pages: Profile[];

beforeAll(() => {
  pages = [seedSnapshot(), reshuffledSnapshot(), legislativePage()];
});

/** A copy of `profile` as the snapshot of its page on `date` (dated layout). */
function datedAs(profile: Profile, date: string, index: number): Profile {
  const copy = structuredClone(profile);
  const section = copy.source.file.split('/')[2]!.replace(/\.txt$/, '');
  copy.source = { ...copy.source, file: `raw/kz/${section}/${date}.txt`, id: `kz-source-${index.toString(16).padStart(12, '0')}` };
  return copy;
}

const day = fc.integer({ min: 0, max: 400 }).map((n) => new Date(Date.UTC(2011, 0, 1 + n)).toISOString().slice(0, 10));

describe('mergeCountry properties', () => {
  it('any snapshots give a valid dataset, whatever their order, with every key holding', () => {
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.tuple(fc.integer({ min: 0, max: 2 }), day), { minLength: 1, maxLength: 6, selector: ([page, date]) => `${page === 2 ? 'legislative' : 'executive'}:${date}` }),
        fc.integer(),
        (picks, seed) => {
          const profiles = picks.map(([page, date], i) => datedAs(pages[page]!, date, i));
          const dataset = mergeCountry(profiles);
          expect(keyProblems(dataset)).toEqual([]);
          expect(CountryDatasetSchema.safeParse(dataset).success).toBe(true);
          const k = Math.abs(seed) % profiles.length;
          const shuffled = [...profiles.slice(k), ...profiles.slice(0, k)].reverse();
          expect(JSON.stringify(mergeCountry(shuffled))).toBe(JSON.stringify(dataset));
          // An ended membership ended after it was last seen; one on a single page is current
          // exactly when that page's latest snapshot shows it.
          for (const m of dataset.memberships) {
            if (m.status === 'ended') expect(m.endedBefore! > m.lastSeen!).toBe(true);
            else expect(m.endedBefore).toBeNull();
            if (m.pages.length === 1) {
              const latest = dataset.snapshots.filter((s) => s.page === m.pages[0]).at(-1)!;
              expect(m.status === 'current', m.id).toBe(latest.memberships.some((v) => v.id === m.id));
            }
          }
          expect(dataset.persons.every((p) => p.firstSeen! <= p.lastSeen!)).toBe(true);
        },
      ),
      { numRuns: 40, seed: 14 },
    );
  });
});
