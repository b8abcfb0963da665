import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { REPO } from './test-helpers.js';

// The three outputs of one build must tell the same story: same people, same posts.
const dist = join(REPO, 'dist');
const read = (path: string) => readFileSync(join(dist, path), 'utf8');
const csv = (table: string) => parse(read(`csv/${table}.csv`), { columns: true }) as Array<Record<string, string>>;
const model = JSON.parse(read('model/kz/executive-branch.json'));
// The country's records are in its own document; the page's document holds the page and its notes.
const graph: Array<Record<string, unknown>> = JSON.parse(read('jsonld/kz.jsonld'))['@graph'];
const markdown = read('markdown/kz/executive-branch.md');
const BASE = 'urn:country-profiles:id:';
const nodesOf = (type: string) => graph.filter((n) => ([] as unknown[]).concat(n['@type']).includes(type));

describe('one build, three outputs', () => {
  it('should list the same people in the model, the CSV and the JSON-LD', () => {
    const ids = model.persons.map((p: { id: string }) => p.id).sort();
    expect(csv('persons').map((r) => r.id).sort()).toEqual(ids);
    expect(nodesOf('Person').map((n) => String(n['@id']).replace(BASE, '')).sort()).toEqual(ids);
  });

  it('should name every person in the Markdown page', () => {
    for (const person of model.persons) expect(markdown).toContain(person.name);
  });

  it('should hold the same posts: person, body and role', () => {
    const fromModel = model.memberships.map((m: Record<string, string | null>) => `${m.personId} ${m.organizationId ?? ''} ${m.role}`).sort();
    expect(csv('memberships').map((r) => `${r.person_id} ${r.organization_id} ${r.role}`).sort()).toEqual(fromModel);
    // A label is a text literal in its page's language: {"@language": "en", "@value": "Prime Minister"}.
    const roleLabel = new Map(nodesOf('Role').map((n) => [n['@id'], (n.prefLabel as { '@value': string })['@value']]));
    const strip = (iri: unknown) => (iri ? String(iri).replace(BASE, '') : '');
    expect(nodesOf('Membership').map((n) => `${strip(n.member)} ${strip(n.organization)} ${roleLabel.get(n.role)}`).sort()).toEqual(fromModel);
  });

  it('should show every post in the Markdown page', () => {
    const name = new Map(model.persons.map((p: { id: string; name: string }) => [p.id, p.name]));
    for (const m of model.memberships) {
      const line = markdown.split('\n').find((l) => l.includes(name.get(m.personId) as string) && l.includes(m.role));
      expect(line, `${m.role}: ${name.get(m.personId)}`).toBeDefined();
    }
  });

  it('should carry the same elections with vote shares', () => {
    const elections = model.events.filter((e: { kind: string }) => e.kind === 'election');
    const rows = csv('events').filter((r) => r.kind === 'election');
    expect(rows.map((r) => `${r.date} ${r.vote_share}`).sort()).toEqual(elections.map((e: { date: string; voteShare: number }) => `${e.date} ${e.voteShare}`).sort());
    expect(nodesOf('Election').map((n) => `${(n.startDate as { '@value': string })['@value']} ${n.voteShare}`).sort()).toEqual(
      elections.map((e: { date: string; voteShare: number }) => `${e.date} ${e.voteShare}`).sort(),
    );
    for (const e of elections) expect(markdown).toContain(`|${e.date}|election|`);
  });
});
