import { sampleProfile } from '@profiles/model';
import { describe, expect, it } from 'vitest';
import { recordIds } from './fixtures/profiles.js';
import { oneDocument, textOf } from './fixtures/documents.js';
import { recordIri, type JsonLdDocument } from './index.js';
import { postId, roleId } from './iris.js';

const ids = (doc: JsonLdDocument): string[] => doc['@graph'].map((n) => n['@id']);

describe('recordIri', () => {
  it('should put the model ID under the base', () => {
    expect(recordIri('kz-person-0123456789ab', 'urn:country-profiles:id:')).toBe('urn:country-profiles:id:kz-person-0123456789ab');
  });

  it('should give every record the IRI of its model ID under the base', () => {
    const profile = sampleProfile();
    const written = new Set(ids(oneDocument([profile])));
    const page = `urn:country-profiles:id:${profile.source.id}`;
    const notes = new Set(profile.notes.map((n) => n.id));
    // A note is a node of its page: the page's IRI, "/" and the note's ID.
    for (const id of recordIds(profile)) expect(written).toContain(notes.has(id) ? `${page}/${id}` : `urn:country-profiles:id:${id}`);
  });

  it('should depend only on the model ID and the base, not on any other field', () => {
    const changed = sampleProfile();
    changed.persons[0]!.name = 'Someone Else';
    changed.persons[0]!.aliases = ['Someone Else'];
    changed.organizations[0]!.description = null;
    changed.events[0]!.voteShare = 12;
    changed.source.title = 'Another title';
    changed.notes[0]!.text = 'Other words.';
    expect(ids(oneDocument([changed]))).toEqual(ids(oneDocument([sampleProfile()])));
  });

  it('should change only the prefix when the base changes', () => {
    const base = 'https://data.example.org/id/';
    const moved = ids(oneDocument([sampleProfile()], { base }));
    const original = ids(oneDocument([sampleProfile()]));
    expect(moved).toEqual(original.map((iri) => iri.replace('urn:country-profiles:id:', base)));
  });
});

describe('postId and roleId', () => {
  it('should name one post per (organization, role), whatever the spelling of the role', () => {
    expect(postId('kg', 'kg-org-0123456789ab', 'Prime  minister')).toBe(postId('kg', 'kg-org-0123456789ab', 'Prime Minister'));
    expect(postId('kg', 'kg-org-0123456789ab', 'Chair')).not.toBe(postId('kg', 'kg-org-ba9876543210', 'Chair'));
    expect(postId('kg', null, 'Chair')).not.toBe(postId('kg', 'kg-org-0123456789ab', 'Chair'));
  });

  it('should follow the model ID pattern', () => {
    expect(postId('kg', null, 'Human Rights Commissioner')).toMatch(/^kg-post-[0-9a-f]{12}$/);
    expect(roleId('kg', 'Chair')).toMatch(/^kg-role-[0-9a-f]{12}$/);
  });

  it('should write one post and one role per distinct role', () => {
    const profile = sampleProfile();
    const copy = { ...profile.memberships[0]!, id: 'kg-membership-000000000000', personId: profile.persons[1]!.id, role: 'president' };
    profile.memberships.push(copy);
    const graph = oneDocument([profile])['@graph'];
    const posts = graph.filter((n) => n['@type'] === 'Post');
    const roles = graph.filter((n) => n['@type'] === 'Role');
    expect(posts).toHaveLength(4);
    expect(roles.map((r) => textOf(r['prefLabel'])).sort()).toEqual(['Chair', 'Human Rights Commissioner', 'President', 'Prime Minister']);
  });
});
