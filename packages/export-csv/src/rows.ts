import { RECORD_COLLECTIONS, RECORD_NOUN, type Profile, type ProfileEvent, type Provenance } from '@profiles/model';
import { namesOf, type Names } from './names.js';
import type { TABLES } from './schema.js';
import type { RowOf } from './table.js';

type AnyTable = (typeof TABLES)[number];

/** For every table, the function that makes its rows from one profile; the types pin each row to its columns. */
export type RowBuilders = { readonly [T in AnyTable as T['name']]: (profile: Profile, names?: Names) => RowOf<T>[] };

/** What a country's merged record adds (see `@profiles/timeline`): when and on which pages it was seen. */
interface SeenFields {
  firstSeen?: string | null;
  lastSeen?: string | null;
  pages?: readonly string[];
  sourceIds?: readonly string[];
  status?: 'current' | 'ended';
  endedBefore?: string | null;
}

/** The cells that say when and where a country's record was seen. */
function seen(merged: object) {
  const record = merged as SeenFields;
  return { first_seen: record.firstSeen ?? null, last_seen: record.lastSeen ?? null, pages: [...(record.pages ?? [])] };
}

/** The word for a count of votes, by the page's primary language subtag and plural form; English for a language with none. */
const VOTE_WORDS: Readonly<Record<string, Partial<Record<Intl.LDMLPluralRule, string>> & { other: string }>> = {
  en: { one: 'vote', other: 'votes' },
  ru: { one: 'голос', few: 'голоса', many: 'голосов', other: 'голоса' },
};

/** A count of votes in the page's language: "24 votes", "24 голоса", "60 голосов". */
export function votesCount(votes: number, language: string): string {
  const primary = language.split('-')[0]!.toLowerCase();
  const tag = primary in VOTE_WORDS ? primary : 'en';
  const words = VOTE_WORDS[tag]!;
  return `${votes} ${words[new Intl.PluralRules(tag).select(votes)] ?? words.other}`;
}

/**
 * An election's candidates besides its winner, as one readable cell, most votes first: "Levon
 * Ter-Petrosyan (21.5%); Vazgen Manukyan (12.6%)" (the count of votes where the page gives no share,
 * in the page's language: "Egils Levits (24 votes)", "Эгилс Левитс (24 голоса)"; a name alone where it gives neither).
 */
export function otherCandidates(event: ProfileEvent, names: Names, language = 'en'): string | null {
  const others = event.results.filter((r) => r.personId !== event.personId);
  if (!others.length) return null;
  return others.map((r) => `${names.person(r.personId)}${r.voteShare !== null ? ` (${r.voteShare}%)` : r.votes !== null ? ` (${votesCount(r.votes, language)})` : ''}`).join('; ');
}

/** The cells that say where a record comes from: its (first) page and the first statement of it. */
function whereFrom(profile: Profile, record: { id: string; provenance: readonly Provenance[] }) {
  const first = record.provenance[0];
  if (!first) throw new Error(`${profile.source.file}: record ${record.id} has no provenance`);
  return {
    country: profile.source.country.code,
    source_id: (record as SeenFields).sourceIds?.[0] ?? profile.source.id,
    source_file: first.file,
    source_line: first.line,
    source_quote: first.quote,
  };
}

/**
 * The row builders: one row per record (per statement for provenance), with the IDs a record
 * refers to followed by the names they point to, so that a row reads on its own. `names`, the
 * profile's name index, can be passed in when several tables of one profile are built.
 */
export const ROW_BUILDERS: RowBuilders = {
  sources: ({ source }) => [
    {
      source_id: source.id,
      country: source.country.code,
      country_name: source.country.name,
      file: source.file,
      section: source.section,
      title: source.title,
      publisher: source.publisher,
      url: source.url,
      language: source.language,
      retrieved: source.retrieved,
      format: source.format,
      encoding: source.encoding,
      sha256: source.sha256,
      latest_date: source.latestDate,
    },
  ],
  persons: (profile) =>
    profile.persons.map((p) => ({
      id: p.id,
      name: p.name,
      family_name: p.familyName,
      given_name: p.givenName,
      patronymic: p.patronymic,
      aliases: p.aliases,
      ...seen(p),
      ...whereFrom(profile, p),
    })),
  organizations: (profile, names = namesOf(profile)) => {
    return profile.organizations.map((o) => ({
      id: o.id,
      name: o.name,
      classification: o.classification,
      abbreviation: o.abbreviation,
      parent_id: o.parentId,
      parent_name: names.organizationOrNull(o.parentId),
      founded: o.founded,
      predecessor_id: o.predecessorId,
      predecessor_name: names.organizationOrNull(o.predecessorId),
      description: o.description,
      website: o.website,
      aliases: o.aliases,
      ...seen(o),
      ...whereFrom(profile, o),
    }));
  },
  memberships: (profile, names = namesOf(profile)) => {
    return profile.memberships.map((m) => ({
      id: m.id,
      person_id: m.personId,
      person_name: names.person(m.personId),
      role: m.role,
      title: m.title,
      organization_id: m.organizationId,
      organization_name: names.organizationOrNull(m.organizationId),
      start_date: m.startDate,
      predecessor_id: m.predecessorId,
      predecessor_name: names.personOrNull(m.predecessorId),
      status: (m as SeenFields).status ?? m.status,
      ended_before: (m as SeenFields).endedBefore ?? null,
      ...seen(m),
      ...whereFrom(profile, m),
      end_date: m.endDate,
    }));
  },
  events: (profile, names = namesOf(profile)) => {
    return profile.events.map((e) => ({
      id: e.id,
      kind: e.kind,
      date: e.date,
      organization_id: e.organizationId,
      organization_name: names.organizationOrNull(e.organizationId),
      person_id: e.personId,
      person_name: names.personOrNull(e.personId),
      vote_share: e.voteShare,
      term_years: e.termYears,
      other_candidates: otherCandidates(e, names, profile.source.language),
      outcome: e.outcome,
      description: e.description,
      ...seen(e),
      ...whereFrom(profile, e),
      votes: e.votes,
      turnout: e.turnout,
      title: e.title,
    }));
  },
  election_results: (profile, names = namesOf(profile)) =>
    profile.events.flatMap((e) =>
      e.results.map((r) => ({
        event_id: e.id,
        event_date: e.date,
        rank: r.rank,
        person_id: r.personId,
        person_name: names.person(r.personId),
        vote_share: r.voteShare,
        won: r.personId === e.personId ? 'yes' : 'no',
        country: profile.source.country.code,
        source_id: (e as SeenFields).sourceIds?.[0] ?? profile.source.id,
        votes: r.votes,
      })),
    ),
  tasks: (profile, names = namesOf(profile)) => {
    return profile.tasks.map((t) => ({
      id: t.id,
      organization_id: t.organizationId,
      organization_name: names.organization(t.organizationId),
      position: t.position,
      text: t.text,
      ...seen(t),
      ...whereFrom(profile, t),
    }));
  },
  statistics: (profile) =>
    profile.statistics.map((s) => ({
      id: s.id,
      author: s.author,
      topic: s.topic,
      subject: s.subject,
      value: s.value,
      unit: s.unit,
      ...seen(s),
      ...whereFrom(profile, s),
      out_of: s.outOf,
    })),
  groups: (profile, names = namesOf(profile)) =>
    profile.groups.map((g) => ({
      id: g.id,
      name: g.name,
      category: g.category,
      local_name: g.localName,
      region: g.region,
      description: g.description,
      ...seen(g),
      ...whereFrom(profile, g),
      members: g.memberIds.length ? g.memberIds.map((id) => names.person(id)).join('; ') : null,
    })),
  group_members: (profile, names = namesOf(profile)) =>
    profile.groups.flatMap((g) =>
      g.memberIds.map((personId, index) => ({
        group_id: g.id,
        group_name: g.name,
        position: index + 1,
        person_id: personId,
        person_name: names.person(personId),
        country: profile.source.country.code,
        source_id: (g as SeenFields).sourceIds?.[0] ?? profile.source.id,
      })),
    ),
  materials: (profile) =>
    profile.materials.map((m) => ({
      id: m.id,
      kind: m.kind,
      date: m.date,
      title: m.title,
      url: m.url,
      position: m.position,
      ...seen(m),
      ...whereFrom(profile, m),
    })),
  notes: (profile, names = namesOf(profile)) => {
    return profile.notes.map((n) => ({
      id: n.id,
      heading: n.heading,
      organization_id: n.organizationId,
      organization_name: names.organizationOrNull(n.organizationId),
      position: n.position,
      text: n.text,
      ...whereFrom(profile, n),
    }));
  },
  issues: (profile) =>
    profile.issues.map((i) => ({
      id: i.id,
      level: i.level,
      code: i.code,
      message: i.message,
      ...whereFrom(profile, i),
    })),
  provenance: (profile) =>
    RECORD_COLLECTIONS.flatMap((collection) =>
      profile[collection].flatMap((record) =>
        record.provenance.map((p, index) => ({
          record_id: record.id,
          record_kind: RECORD_NOUN[collection],
          country: profile.source.country.code,
          source_id: profile.source.id,
          position: index + 1,
          file: p.file,
          line: p.line,
          end_line: p.endLine,
          element: p.element,
          quote: p.quote,
        })),
      ),
    ),
};
