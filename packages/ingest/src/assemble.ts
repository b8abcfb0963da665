import {
  makeId,
  SCHEMA_VERSION,
  type Group,
  type Material,
  type Membership,
  type Note,
  type Organization,
  type Person,
  type Profile,
  type ProfileEvent,
  type Provenance,
  type Source,
  type Statistic,
  type Task,
} from '@profiles/model';
import type { Block } from './blocks.js';
import type { PageFrame } from './frame.js';
import { normalizeKeyPart } from '@profiles/model';
import type { OrgDraft } from './organizations.js';
import { PersonIndex, type PersonDraft } from './persons.js';
import { findDates } from './rules/dates.js';
import { findElections, findReferendums } from './rules/election.js';
import { findGroups } from './rules/groups.js';
import { NAME_WORD } from './rules/person-name.js';
import { PRECEDED } from './rules/person-line.js';
import { classifyBodyName } from './rules/body-definition.js';
import { isCabinetRole, splitTitle } from './rules/roles.js';
import { findSurveyFigures } from './rules/survey.js';
import { provenanceOf, type WalkResult } from './walk.js';

/** What the ingest knows about a page apart from its content. */
export interface PageFacts {
  file: string;
  country: { code: string; name: string };
  section: string;
  title: string;
  publisher: string;
  url: string | null;
  language: string;
  retrieved: string | null;
  format: 'html' | 'text';
  encoding: string;
  sha256: string;
}

const SURNAME_PRECEDED = new RegExp(`(${NAME_WORD})\\s+was preceded (?:at|in) this (?:post|position|office)`, 'u');

/** True when a title's body is the country itself: "of the Republic of Kazakhstan", "of Kazakhstan". */
function isCountryRef(ref: string, countryName: string, headOfState: OrgDraft | undefined): boolean {
  const key = normalizeKeyPart(ref.replace(/^the\s+/i, ''));
  const country = normalizeKeyPart(countryName);
  if (key === country || key === `republic of ${country}` || key === `${country} republic`) return true;
  return /\brepublic\b/.test(key) && !!headOfState && normalizeKeyPart(headOfState.name).endsWith(key);
}

/** Counts repeats of a key so identical records ("Topic 05.03.2012" twice) get distinct, stable IDs. */
function occurrenceCounter() {
  const seen = new Map<string, number>();
  return (key: string): string => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return String(n);
  };
}

/** Builds the profile from the walk's findings: resolves names to bodies and people, assigns IDs. */
export function assembleProfile(facts: PageFacts, frame: PageFrame, walk: WalkResult): Profile {
  const { file } = facts;
  const cc = facts.country.code;
  const orgs = walk.orgs;
  const persons = new PersonIndex();
  const at = (block: Block, quote?: string): Provenance => provenanceOf(block, file, quote);

  // Sites name bodies; a site for a body not described yet adds it (ministries, mostly).
  for (const site of walk.sites) {
    const org = orgs.find(site.label) ?? orgs.add(site.label, classifyBodyName(site.label) ?? 'other', at(site.block));
    if (!org.provenance.some((p) => p.line === site.block.line)) org.provenance.push(at(site.block));
    if (site.url) org.website ??= site.url;
  }
  const headOfState = orgs.ofClass('head-of-state');
  let government = orgs.ofClass('government');
  const predecessorBodies = new Set(orgs.all.map((o) => o.predecessor).filter((o): o is OrgDraft => o !== null));

  /** The body and role a title names, from the line's context and the page's bodies. */
  const resolveTitle = (title: string, context: OrgDraft | null, block: Block): { org: OrgDraft | null; role: string } => {
    const exact = orgs.byName(title);
    const { role, bodyRef } = splitTitle(title);
    if (exact) return { org: exact, role };
    if (bodyRef) {
      if (isCountryRef(bodyRef, facts.country.name, headOfState)) {
        if (headOfState && normalizeKeyPart(headOfState.name).startsWith(`${normalizeKeyPart(role)} of`)) return { org: headOfState, role };
        if (isCabinetRole(role)) {
          government ??= orgs.add('Government', 'government', at(block));
          return { org: government, role };
        }
        return { org: null, role };
      }
      if (isCabinetRole(role)) {
        const ministry = orgs.find(bodyRef, { among: (o) => o.classification === 'ministry' });
        if (ministry) return { org: ministry, role };
        return { org: government ?? context, role: title };
      }
      const org = orgs.find(bodyRef, { preferred: context });
      return org ? { org, role } : { org: null, role: title };
    }
    if (isCabinetRole(title)) return { org: government ?? context, role: title };
    return { org: context, role: title };
  };

  // Memberships, from person lines.
  interface MembershipDraft { person: PersonDraft; org: OrgDraft | null; role: string; title: string; startDate: string | null; predecessor: PersonDraft | null; provenance: Provenance[] }
  const memberships: MembershipDraft[] = [];
  for (const { line, context, block } of walk.personLines) {
    const person = persons.mention(line.name, at(block));
    const predecessor = line.predecessor ? persons.mention(line.predecessor, at(block)) : null;
    const surname = block.text.includes('was preceded') ? SURNAME_PRECEDED.exec(block.text) : null;
    if (surname && normalizeKeyPart(surname[1]!) === normalizeKeyPart(person.best.familyName)) person.forms.add(surname[1]!);
    line.titles.forEach((title, index) => {
      const { org, role } = resolveTitle(title, context, block);
      const primary = index === 0;
      const existing = memberships.find((m) => m.person === person && m.org === org && m.role === role);
      if (existing) {
        existing.provenance.push(at(block));
        return;
      }
      memberships.push({ person, org, role, title, startDate: primary ? line.startDate : null, predecessor: primary ? predecessor : null, provenance: [at(block)] });
    });
  }

  // "X was preceded at this post by Y" standing in a paragraph of its own.
  for (const { text, block } of walk.paragraphs) {
    if (!text.includes('was preceded')) continue;
    const preceded = PRECEDED.exec(text);
    const subject = SURNAME_PRECEDED.exec(text);
    if (!preceded || !subject) continue;
    const holder = persons.bySurname(subject[1]!);
    const membership = holder && memberships.find((m) => m.person === holder && !m.predecessor);
    if (!membership) continue;
    membership.predecessor = persons.mention(preceded[1]!, at(block));
    holder.forms.add(subject[1]!);
  }

  /** A full name is a person; a surname alone is the one person of that family name, if any. */
  const mentionOrSurname = (written: string, where: Provenance): PersonDraft | null => {
    if (written.includes(' ')) return persons.mention(written, where);
    const person = persons.bySurname(written);
    if (person) {
      person.forms.add(written);
      if (!person.provenance.some((p) => p.line === where.line && p.quote === where.quote)) person.provenance.push(where);
    }
    return person ?? null;
  };

  // Elections and referendums, from prose.
  interface EventDraft { kind: 'election' | 'referendum'; date: string; person: PersonDraft | null; voteShare: number | null; termYears: number | null; outcome: string | null; text: string; block: Block }
  const events: EventDraft[] = [];
  for (const { text, block } of walk.paragraphs) {
    for (const r of findReferendums(text)) events.push({ kind: 'referendum', date: r.date, person: null, voteShare: null, termYears: null, outcome: r.outcome, text: r.text, block });
    for (const e of findElections(text)) {
      const person = e.person ? mentionOrSurname(e.person, at(block, e.text)) : null;
      events.push({ kind: 'election', date: e.date, person, voteShare: e.voteShare, termYears: e.termYears, outcome: null, text: e.text, block });
    }
  }

  // IDs: from each record's meaning, never its position.
  const orgId = new Map<OrgDraft, string>(orgs.all.map((o) => [o, makeId('organization', cc, [o.name])]));
  const personId = new Map<PersonDraft, string>(persons.all.map((p) => [p, makeId('person', cc, p.key)]));
  const idOfOrg = (o: OrgDraft | null | undefined) => (o ? orgId.get(o)! : null);

  const parentOf = (org: OrgDraft): OrgDraft | null | undefined => {
    if (predecessorBodies.has(org) && org.provenance.length === 1) return null;
    if (org.classification === 'ministry') return government;
    if (org === headOfState) return null;
    if (org.underHeadOfState || org.classification === 'administration' || org.classification === 'advisory-body') return headOfState;
    return null;
  };

  const organizations: Organization[] = orgs.all.map((org) => ({
    id: orgId.get(org)!,
    name: org.name,
    classification: org.classification,
    parentId: idOfOrg(parentOf(org)),
    abbreviation: org.abbreviation,
    founded: org.founded,
    predecessorId: idOfOrg(org.predecessor),
    description: org.description.length ? org.description.join('\n\n') : null,
    website: org.website,
    aliases: [...org.aliases].filter((a) => a !== org.name).sort(),
    provenance: org.provenance,
  }));

  const personRecords: Person[] = persons.all.map((p) => {
    const fullest = [...p.forms].sort((a, b) => b.split(' ').length - a.split(' ').length || b.length - a.length || (a < b ? -1 : 1))[0]!;
    return {
      id: personId.get(p)!,
      name: fullest,
      familyName: p.best.familyName,
      givenName: p.best.givenName,
      patronymic: p.best.patronymic,
      aliases: [...p.forms].sort(),
      provenance: p.provenance,
    };
  });

  const membershipRecords: Membership[] = memberships.map((m) => ({
    id: makeId('membership', cc, [personId.get(m.person)!, idOfOrg(m.org) ?? m.title, m.role]),
    personId: personId.get(m.person)!,
    organizationId: idOfOrg(m.org),
    role: m.role,
    title: m.title,
    startDate: m.startDate,
    predecessorId: m.predecessor ? personId.get(m.predecessor)! : null,
    provenance: m.provenance,
  }));

  const eventRecords: ProfileEvent[] = events.map((e) => ({
    id: makeId('event', cc, [e.kind, e.date]),
    kind: e.kind,
    date: e.date,
    organizationId: e.kind === 'election' ? idOfOrg(headOfState) : null,
    personId: e.person ? personId.get(e.person)! : null,
    voteShare: e.voteShare,
    termYears: e.termYears,
    outcome: e.outcome,
    description: e.text,
    provenance: [at(e.block, e.text)],
  }));

  const taskCount = new Map<OrgDraft, number>();
  const taskKey = occurrenceCounter();
  const tasks: Task[] = walk.tasks.map(({ org, text, block }) => {
    const position = (taskCount.get(org) ?? 0) + 1;
    taskCount.set(org, position);
    const n = taskKey(`${orgId.get(org)}\u0000${normalizeKeyPart(text)}`);
    return { id: makeId('task', cc, [orgId.get(org)!, text, ...(n === '1' ? [] : [n])]), organizationId: orgId.get(org)!, position, text, provenance: [at(block)] };
  });

  const statistics: Statistic[] = walk.paragraphs.flatMap(({ text, block }) =>
    findSurveyFigures(text).map((f) => ({
      id: makeId('statistic', cc, [f.author, f.topic, f.subject]),
      author: f.author,
      topic: f.topic,
      subject: f.subject,
      value: f.value,
      unit: 'percent' as const,
      provenance: [at(block, f.text)],
    })),
  );

  const unclaimed = walk.paragraphs.filter((p) => p.context === null);
  const groups: Group[] = findGroups(unclaimed.map((p) => p.text)).map((g) => {
    const source = unclaimed.find((p) => p.text.includes(g.text)) ?? unclaimed[0]!;
    return {
      id: makeId('group', cc, [g.name]),
      name: g.name,
      category: g.category,
      localName: g.localName,
      region: g.region,
      description: g.description,
      provenance: [at(source.block, g.text)],
    };
  });

  const materialKey = occurrenceCounter();
  const materials: Material[] = frame.materials.map(({ block, kind, date }, index) => ({
    id: makeId('material', cc, [kind, date, materialKey(`${kind}\u0000${date}`)]),
    kind,
    date,
    title: null,
    url: block.links[0]?.href ?? null,
    position: index + 1,
    provenance: [at(block)],
  }));

  const noteKey = occurrenceCounter();
  const notes: Note[] = unclaimed.map(({ text, heading, block }, index) => {
    const n = noteKey(normalizeKeyPart(text));
    return {
      id: makeId('note', cc, [heading ?? '', text, ...(n === '1' ? [] : [n])]),
      heading,
      organizationId: null,
      position: index + 1,
      text,
      provenance: [at(block)],
    };
  });

  const allText = [...frame.content, ...frame.materials.map((m) => m.block)].map((b) => b.text).join('\n');
  const latestDate = findDates(allText).map((d) => d.date).sort().pop() ?? null;
  const source: Source = {
    id: makeId('source', cc, [file]),
    file,
    country: facts.country,
    section: facts.section,
    title: facts.title,
    publisher: facts.publisher,
    url: facts.url,
    language: facts.language,
    retrieved: facts.retrieved,
    format: facts.format,
    encoding: facts.encoding,
    sha256: facts.sha256,
    latestDate,
  };

  return {
    schemaVersion: SCHEMA_VERSION,
    source,
    persons: personRecords,
    organizations,
    memberships: membershipRecords,
    events: eventRecords,
    tasks,
    statistics,
    groups,
    materials,
    notes,
    issues: [],
  };
}
