// Acceptance test of issue 5: a later version of the seed page with the cabinet reshuffled diffs as
// exactly the reshuffle, and two ingests of the same page diff as equal.
import { readFileSync } from 'node:fs';
import { diffDatasets, renderDiffMarkdown, type DatasetDiff, type EntityChange } from '@profiles/diff';
import { ingestPage } from '@profiles/ingest';
import type { RawPage } from '@profiles/io';
import type { Person, Profile } from '@profiles/model';
import { beforeAll, describe, expect, it } from 'vitest';

const SEED = new URL('../../../raw/kz/executive-branch.txt', import.meta.url);
const RESHUFFLED = new URL('../../../packages/diff/src/fixtures/kz-executive-branch.reshuffled.txt', import.meta.url);

/** Ingests page bytes as the seed page: same file, country and section, no sidecar. */
function ingest(url: URL): Profile {
  const page: RawPage = {
    file: 'raw/kz/executive-branch.txt',
    diskPath: url.pathname,
    country: 'kz',
    section: 'executive-branch',
    format: 'text',
    bytes: readFileSync(url),
    meta: null,
  };
  return ingestPage(page);
}

const MASIMOV = 'Masimov Karim Kazhimkhanovich';
const MUSIN = 'Aslan Musin';
const ELECTION = 'On April 3, 2011, Nursultan Nazarbayev was reelected for the third 5-year-term. He won the elections with 95,5 % of votes.';

/** The non-membership changes of one operation, as `kind: label`. */
function entities(diff: DatasetDiff, op: EntityChange['op']): string[] {
  return diff.changes.filter((c) => c.op === op && c.kind !== 'membership').map((c) => `${c.kind}: ${c.label}`);
}

describe('profiles diff on a reshuffled cabinet (acceptance)', () => {
  let base: Profile;
  let head: Profile;
  let diff: DatasetDiff;
  beforeAll(() => {
    base = ingest(SEED);
    head = ingest(RESHUFFLED);
    diff = diffDatasets([base], [head]);
  });

  it('should find two ingests of the same page equal', () => {
    const again = diffDatasets([ingest(SEED)], [base]);
    expect(again.equal).toBe(true);
    expect(again.changes).toEqual([]);
    expect(diffDatasets([head], [ingest(RESHUFFLED)]).equal).toBe(true);
  });

  it('should name the three posts that changed hands, with the new holders\' dates', () => {
    expect(diff.posts.map((p) => [p.post, p.before?.name ?? null, p.after?.name ?? null, p.since])).toEqual([
      ['Head (Administration of the President)', MUSIN, MASIMOV, '2012-04'],
      ['Minister (Ministry of Foreign Affairs)', 'Tazhin Marat Mukhambetkaziyevitch', 'Idrissov Erlan Abilfayizuly', null],
      ['Prime Minister (Government)', MASIMOV, 'Sagintayev Bakytzhan Abdirovich', '2012-04'],
    ]);
  });

  it('should name the old Prime Minister\'s move to head the Administration', () => {
    expect(diff.moves).toHaveLength(1);
    expect(diff.moves[0]).toMatchObject({
      name: MASIMOV,
      from: { post: 'Prime Minister (Government)' },
      to: { post: 'Head (Administration of the President)' },
      since: '2012-04',
    });
  });

  it('should read every membership change as one of those posts changing hands', () => {
    const memberships = diff.changes.filter((c) => c.kind === 'membership');
    expect(memberships.map((c) => c.op).sort()).toEqual(['add', 'add', 'add', 'remove', 'remove', 'remove']);
    const inPosts = new Set(diff.posts.flatMap((p) => [p.before!.membershipId, p.after!.membershipId]));
    expect(memberships.every((c) => inPosts.has(c.id))).toBe(true);
    const head = memberships.find((c) => c.op === 'add' && (c.after as { role: string }).role === 'Head')!;
    expect(head.after).toMatchObject({ startDate: '2012-04' });
    expect((head.after as { predecessorId: string }).predecessorId).toBe(base.persons.find((p) => p.name === MUSIN)!.id);
  });

  it('should add exactly the new persons, ministry, election and material', () => {
    expect(entities(diff, 'add')).toEqual([
      'person: Idrissov Erlan Abilfayizuly',
      'person: Sagintayev Bakytzhan Abdirovich',
      'organization: Ministry of Energy and Mineral Resources',
      expect.stringMatching(/^event: election 2011-04-03: Nazarbayev Nursultan Abishevitch/),
      'material: Topic 2012-04-10',
    ]);
    const election = diff.changes.find((c) => c.kind === 'event')!.after as { voteShare: number; termYears: number };
    expect(election).toMatchObject({ voteShare: 95.5, termYears: 5 });
  });

  it('should remove exactly the persons the page no longer names', () => {
    expect(entities(diff, 'remove')).toEqual(['person: Kairat Kelimbetov', 'person: Tazhin Marat Mukhambetkaziyevitch']);
  });

  it('should change nothing else than the text the edits rewrote', () => {
    // "Masimov was preceded at this post by Aslan Musin": the page now calls him "Masimov" and no
    // longer calls Musin "Musin". The new election sentence stands in the President's section, whose
    // text is the body's description. Those are the only field changes.
    const changed = diff.changes.filter((c) => c.op === 'change');
    expect(changed.map((c) => [c.kind, c.label, c.fields!.map((f) => f.field)])).toEqual([
      ['person', MUSIN, ['aliases']],
      ['person', MASIMOV, ['aliases']],
      ['organization', 'President of the Republic of Kazakhstan', ['description']],
    ]);
    const aliases = (name: string, profile: Profile) => profile.persons.find((p: Person) => p.name === name)!.aliases;
    expect(aliases(MASIMOV, head)).toEqual([...aliases(MASIMOV, base), 'Masimov'].sort());
    expect(aliases(MUSIN, head)).toEqual(aliases(MUSIN, base).filter((a) => a !== 'Musin'));
    const description = changed[2]!.fields![0]!;
    expect(description.after).toBe(`${description.before as string}\n\n${ELECTION}`);
  });

  it('should count the changes in one summary line and stay well under the comment cap', () => {
    expect(diff.summary).toMatchObject({ total: 16, posts: 3, moves: 1 });
    const markdown = renderDiffMarkdown(diff);
    expect(markdown).toContain(
      '**16 changes:** 3 posts changed hands; 1 person moved; 5 added (2 persons, 1 organization, 1 event, 1 material); ' +
        '2 removed (2 persons); 3 changed (2 persons, 1 organization).',
    );
    expect(markdown).toContain(`- **Prime Minister (Government)**: ${MASIMOV} → Sagintayev Bakytzhan Abdirovich, since 2012-04\n`);
    expect(markdown).toContain(`- **Head (Administration of the President)**: ${MUSIN} → ${MASIMOV}, since 2012-04\n`);
    expect(markdown).toContain(`- **${MASIMOV}**: Prime Minister (Government) → Head (Administration of the President), since 2012-04\n`);
    expect(markdown).not.toContain('Memberships started');
    expect(markdown).not.toContain('Memberships ended');
    expect(markdown.length).toBeLessThan(5000);
  });
});
