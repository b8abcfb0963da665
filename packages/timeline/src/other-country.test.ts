// The ingest's hand-made Tajikistan page (invented people), as an HTML snapshot and a later text
// snapshot: the identity rules on a page this package did not write. Read only, from @profiles/ingest's fixtures.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ingestPage } from '@profiles/ingest';
import { keyProblems } from './check.js';
import { mergeCountry } from './merge.js';

const fixture = (name: string) => readFileSync(fileURLToPath(new URL(`../../ingest/src/fixtures/${name}`, import.meta.url)));

const text = ingestPage({ file: 'raw/tj/executive-branch/2011-06-01.txt', country: 'tj', section: 'executive-branch', format: 'text', bytes: fixture('xx-other-country.txt'), meta: null });
const html = ingestPage({ file: 'raw/tj/executive-branch/2011-01-01.html', country: 'tj', section: 'executive-branch', format: 'html', bytes: fixture('xx-other-country.html'), meta: null });

describe('a page in two formats as two snapshots', () => {
  const dataset = mergeCountry([html, text]);

  it('has every person of the page once, seen in both, none folded', () => {
    expect(dataset.persons.map((p) => p.id)).toEqual([...new Set(text.persons.map((p) => p.id))].sort());
    for (const p of dataset.persons) expect([p.firstSeen, p.lastSeen, p.mergedIds], p.name).toEqual(['2011-01-01', '2011-06-01', []]);
  });

  it('keeps the two Rasulovs two', () => {
    expect(dataset.persons.filter((p) => p.familyName === 'Rasulov').map((p) => p.givenName).sort()).toEqual(['Nodir', 'Timur']);
  });

  it('keeps every membership current, and the keys hold', () => {
    expect(dataset.memberships.length).toBe(new Set(text.memberships.map((m) => m.id)).size);
    expect(dataset.memberships.every((m) => m.status === 'current' && m.endedBefore === null)).toBe(true);
    expect(keyProblems(dataset)).toEqual([]);
  });

  it('keeps what only the earlier HTML states, the text dump leaving it out: the websites', () => {
    const government = dataset.organizations.find((o) => o.classification === 'government')!;
    expect(government.website).toMatch(/^http:\/\/www\.government\.tj/);
  });
});
