import {
  makeId,
  normalizeKeyPart,
  SCHEMA_VERSION,
  type ElectionResult,
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
import type { OrgDraft, OrgIndex } from './organizations.js';
import { PersonIndex, type PersonDraft } from './persons.js';
import { bodyProperNames } from './rules/body-proper-names.js';
import countries from 'i18n-iso-countries';
import { isCountryInCase, listedCountryCode } from './country-names.js';
import { partyPostTitle, singularPost } from './rules/body-head.js';
import { lexiconOfWord } from './lexicon/index.js';
import { bodyFromGenitive, classifyBodyName, isHeadOfStatePost, namesBody } from './rules/body-definition.js';
import { findDates, firstDate } from './rules/dates.js';
import { findDatedEvents, type DatedEventMention } from './rules/dated-event.js';
import { findElections, findReferendums, isBodyVote, sameVote, type ElectionMention } from './rules/election.js';
import { findResultLists } from './rules/result-list.js';
import { findGroups, type GroupMention } from './rules/groups.js';
import { findGroupMembers } from './rules/group-members.js';
import { regionOfDescription } from './rules/group-region.js';
import { findBareNames } from './rules/bare-person.js';
import { readCasedExOfficio, readExOfficio, type ExOfficio } from './rules/ex-officio.js';
import { actingAsideAfter, findProsePersons } from './rules/prose-person.js';
import { nameFault, postFault, roleFault } from './rules/post-check.js';
import { termAfterName } from './rules/dated-aside.js';
import { splitSentences } from './normalize.js';
import { isPatronymic, NAME_WORD } from './rules/person-name.js';
import { hasRoleWord, isCabinetRole, splitTitle } from './rules/roles.js';
import { findFigures } from './rules/survey.js';
import { findSurveyTables } from './rules/survey-table.js';
import { findRatings } from './rules/rating.js';
import { findTurnouts } from './rules/turnout.js';
import { findListVoteShares, findVoteShares } from './rules/vote-share.js';
import { attachSuccessions } from './successions.js';
import { provenanceOf, type WalkResult } from './walk.js';
import type { WarningLog } from './warnings.js';

/** What the ingest knows about a page apart from its content. */
export interface PageFacts {
  file: string;
  country: { code: string; name: string };
  section: string;
  title: string;
  publisher: string | null;
  url: string | null;
  language: string;
  retrieved: string | null;
  format: 'html' | 'text';
  encoding: string;
  sha256: string;
}

const SURNAME_PRECEDED = new RegExp(`(${NAME_WORD})\\s+was preceded (?:at|in) this (?:post|position|office)`, 'u');

/** A title that names a post held before, not now: "former Prime Minister", "ex-Minister". */
const PAST_POST = /^(?:(?:the\s+)?(?:former|formerly|ex-|late|then|previous|previously|one-time|until\s+\S+\s+\d{4})\b|(?:the\s+)?first\s+president\b)/i;

/** Counts repeats of a key so identical records ("Topic 05.03.2012" twice) get distinct, stable IDs. */
function occurrenceCounter() {
  const seen = new Map<string, number>();
  return (key: string): string => {
    const n = (seen.get(key) ?? 0) + 1;
    seen.set(key, n);
    return String(n);
  };
}

/** Adds a source location to a list once. */
function cite(list: Provenance[], where: Provenance): void {
  if (!list.some((p) => p.line === where.line && p.quote === where.quote)) list.push(where);
}

/** The page's bodies and people while records are assembled. */
interface Assembly {
  facts: PageFacts;
  orgs: OrgIndex;
  persons: PersonIndex;
  headOfState: OrgDraft | undefined;
  government: OrgDraft | undefined;
  at: (block: Block, quote?: string) => Provenance;
  /** Where a reading refused as no fact is kept instead. */
  warnings?: WarningLog;
}

interface MembershipDraft {
  person: PersonDraft;
  org: OrgDraft | null;
  role: string;
  title: string;
  startDate: string | null;
  /** A past post ("former Prime Minister X"): ended, on this date where the page gives one. */
  ended?: { endDate: string | null };
  predecessor: PersonDraft | null;
  provenance: Provenance[];
}

interface EventDraft {
  kind: ProfileEvent['kind'];
  date: string;
  /** What an election filled: the head of state's post (null or "President"), or another body or post. */
  office: string | null;
  person: PersonDraft | null;
  /** The page named a winner, even one no person record stands for ("Medvedev" alone). */
  winnerNamed: boolean;
  voteShare: number | null;
  /** The winner's count of votes. */
  votes: number | null;
  termYears: number | null;
  /** The share of voters who voted, in percent. */
  turnout: number | null;
  /** The other candidates, most votes first: runner-ups, or every candidate of a round with no winner. */
  others: CandidateDraft[];
  outcome: string | null;
  /** The event in the page's own words: a referendum's noun and topic, a failed vote's clause. */
  title: string | null;
  text: string;
  provenance: Provenance[];
}

/** A candidate of an election besides its winner: a person, never a post's holder. */
interface CandidateDraft {
  person: PersonDraft;
  voteShare: number | null;
  /** A count of votes where the page gives one ("Ванагс – 41"). */
  votes?: number | null;
}

/** True when a title's body is the country itself: "of the Republic of Kazakhstan", "of Kazakhstan". */
function isCountryRef(ref: string, countryName: string, headOfState: OrgDraft | undefined): boolean {
  const key = normalizeKeyPart(ref.replace(/^the\s+/i, ''));
  const country = normalizeKeyPart(countryName);
  if (key === country || key === `republic of ${country}` || key === `${country} republic`) return true;
  return /\brepublic\b/.test(key) && !!headOfState && normalizeKeyPart(headOfState.name).endsWith(key);
}

/** True for the page's own country's one-word name in another case: "России" on a page about ru (its locale's name "Россия"). */
function isOwnCountryInCase(ref: string, code: string): boolean {
  if (/\s/u.test(ref.trim()) || !isCountryInCase(ref)) return false;
  const l = lexiconOfWord(ref);
  const folded = ref.trim().toLowerCase().replace(/ё/gu, 'е');
  return l.names.countryCases.some(([ending, nominative]) => {
    if (!folded.endsWith(ending)) return false;
    const name = folded.slice(0, folded.length - ending.length) + nominative;
    return countries.getAlpha2Code(name.charAt(0).toUpperCase() + name.slice(1), l.countryLocale)?.toLowerCase() === code || listedCountryCode(name) === code;
  });
}

/** Sites name bodies; a site for a body not described yet adds it (ministries, mostly). */
function attachSites(a: Assembly, sites: WalkResult['sites']): void {
  for (const site of sites) {
    // "The President is the Head of State" named the office "President"; its site says "President of …".
    const office = a.orgs.ofClass('head-of-state');
    if (office && !a.orgs.byName(site.label) && normalizeKeyPart(site.label).startsWith(`${normalizeKeyPart(office.name)} of `) && !office.name.includes(' ')) {
      a.orgs.rename(office, site.label);
    }
    const org = a.orgs.find(site.label) ?? a.orgs.add(site.label, classifyBodyName(site.label) ?? 'other', a.at(site.block));
    cite(org.provenance, a.at(site.block));
    if (site.url) org.website ??= site.url;
  }
}

/** A title without the portfolio a role table keeps after it in parentheses: "Deputy Chairman (water)" → "Deputy Chairman". */
function withoutPortfolio(title: string): string {
  // An abbreviation in parentheses ("… безопасности (ГКНБ)") is the body's own.
  return title.replace(/\s*\((?!\p{Lu}{2,}\))[^()]*\)$/u, '') || title;
}

/**
 * A body the page names only in a post's title, by its name in the nominative ("Председатель
 * Государственного комитета … (ГКНБ)" → "Государственный комитет …"), its acronym an alias.
 */
function newBodyOfTitle(a: Assembly, bodyRef: string, at: Provenance): OrgDraft {
  const acronym = /\s+\((\p{Lu}{2,8})\)$/u.exec(bodyRef);
  const written = acronym ? bodyRef.slice(0, acronym.index) : bodyRef;
  const name = bodyFromGenitive(written);
  const org = a.orgs.find(name) ?? a.orgs.add(name, classifyBodyName(name) ?? 'other', at);
  if (acronym) {
    org.abbreviation ??= acronym[1]!;
    a.orgs.addAlias(org, acronym[1]!);
  }
  return org;
}

/**
 * The body and role a title names. A title that names a body belongs to that body, whatever
 * heading it stands under; a cabinet post without one belongs to the government; otherwise the
 * body the line stands under.
 */
function resolveTitle(a: Assembly, written: string, context: OrgDraft | null, block: Block): { org: OrgDraft | null; role: string } {
  // "Заместитель Председателя (водное хозяйство)": a table's portfolio kept in the title names no body.
  const title = withoutPortfolio(written);
  const exact = a.orgs.byName(title);
  const { role, bodyRef } = splitTitle(title);
  if (exact) return { org: exact, role };
  if (bodyRef) {
    if (isCountryRef(bodyRef, a.facts.country.name, a.headOfState)) {
      // "Acting President of the Republic …": the head of state's post, whoever holds it how.
      const office = role.replace(/^(?:Acting|Interim|Temporary)\s+/i, '');
      if (a.headOfState && normalizeKeyPart(a.headOfState.name).startsWith(`${normalizeKeyPart(office)} of`)) return { org: a.headOfState, role };
      if (isCabinetRole(role)) {
        a.government ??= a.orgs.add('Government', 'government', a.at(block));
        return { org: a.government, role };
      }
      return { org: null, role };
    }
    // "Президент Азербайджанской Республики": the state named in its own words, no body's.
    if (a.headOfState && isHeadOfStatePost(role, bodyRef)) return { org: a.headOfState, role };
    // "Президент России": the page's country in its case names the state, never a body that ends in it ("МЧС России").
    if (isOwnCountryInCase(bodyRef, a.facts.country.code)) {
      if (a.headOfState && normalizeKeyPart(a.headOfState.name).split(' ')[0] === normalizeKeyPart(role)) return { org: a.headOfState, role };
      // (A cabinet post, "Премьер-министр Монголии", is the government's, as below.)
      if (!isCabinetRole(role)) return { org: null, role: title };
    }
    if (isCabinetRole(role)) {
      const ministry = a.orgs.find(bodyRef, { among: (o) => o.classification === 'ministry' });
      if (ministry) return { org: ministry, role };
      const named = namesBody(bodyRef) ? a.orgs.find(bodyRef) : undefined;
      if (named) return { org: named, role };
      return { org: a.government ?? context, role: title };
    }
    const org = a.orgs.find(bodyRef, { preferred: context });
    if (org) return { org, role };
    // A body the page names only in this title ("Chairman of the National Security Committee").
    if (namesBody(bodyRef) && bodyRef.split(' ').length <= 10) return { org: newBodyOfTitle(a, bodyRef, a.at(block, title)), role };
    return { org: null, role: title };
  }
  // "President": the head of state's own post, wherever the line stands.
  if (a.headOfState && normalizeKeyPart(a.headOfState.name).split(' ')[0] === normalizeKeyPart(title)) return { org: a.headOfState, role: title };
  if (isCabinetRole(title)) return { org: a.government ?? context, role: title };
  return { org: context, role: title };
}

/** Memberships from person lines: one per person, body and role, with every line that says so. */
function collectMemberships(a: Assembly, walk: WalkResult): MembershipDraft[] {
  const memberships: MembershipDraft[] = [];
  const byKey = new Map<string, MembershipDraft>();
  const keyOf = new Map<OrgDraft | null, number>();
  for (const { line, context, block } of walk.personLines) {
    const person = a.persons.mention(line.name, a.at(block));
    // A line whose "name" is no person's ("Председатель: Президент Российской Федерации") is no post.
    if (!person) continue;
    const predecessor = line.predecessor ? a.persons.mention(line.predecessor, a.at(block)) : null;
    const surname = block.text.includes('was preceded') ? SURNAME_PRECEDED.exec(block.text) : null;
    if (surname && normalizeKeyPart(surname[1]!) === normalizeKeyPart(person.best.familyName)) person.forms.add(surname[1]!);
    line.titles.forEach((written, index) => {
      // "Постоянные члены Совета Безопасности: A, B": each one's post in the singular.
      const title = singularPost(written);
      if (PAST_POST.test(title)) return;
      // A line's title with no role word ("В частности") or a misread one ("… вместо") is no post.
      const fault = hasRoleWord(title) ? roleFault(title) : 'no role word';
      if (fault) {
        a.warnings?.add('unread-post', `a post read from a line that is no post: role "${title}": ${fault}; kept as a note`, a.at(block));
        return;
      }
      const { org, role } = resolveTitle(a, title, context, block);
      if (!keyOf.has(org)) keyOf.set(org, keyOf.size);
      const key = `${person.keyText}\u0000${keyOf.get(org)}\u0000${normalizeKeyPart(role)}`;
      const existing = byKey.get(key);
      const primary = index === 0;
      const dated = line.everyTitleDated === true || index === line.datedTitle;
      if (existing) {
        cite(existing.provenance, a.at(block));
        if (dated) existing.startDate ??= line.startDate;
        if (dated && line.endDate) existing.ended ??= { endDate: line.endDate };
        if (primary) existing.predecessor ??= predecessor;
        return;
      }
      const draft: MembershipDraft = { person, org, role, title, startDate: dated ? line.startDate : null, predecessor: primary ? predecessor : null, provenance: [a.at(block)] };
      // "(23.02.2014 – 07.06.2014)": a term in brackets with its end is a post held before.
      if (dated && line.endDate) draft.ended = { endDate: line.endDate };
      byKey.set(key, draft);
      memberships.push(draft);
    });
    for (const title of line.formerTitles ?? []) addFormerPost(a, memberships, { person, title, context, block });
    for (const title of line.laterTitles ?? []) addFormerPost(a, memberships, { person, title, context, block }, false);
  }
  attachProsePosts(a, walk, memberships, byKey, keyOf);
  return memberships;
}

/**
 * A post a line's aside says the person held before ("до этого – заместитель министра"): ended, in a
 * language that keeps past posts as memberships (not English: "previously Deputy Head" is no record);
 * a refused one a warning.
 */
function addFormerPost(a: Assembly, memberships: MembershipDraft[], at: { person: PersonDraft; title: string; context: OrgDraft | null; block: Block }, ended = true): void {
  // (A post taken later, "затем назначен …", is held now: `ended` false.)
  const fault = roleFault(at.title);
  if (fault) {
    a.warnings?.add('unread-post', `a former post read from a line that is no post: role "${at.title}": ${fault}; kept as a note`, a.at(at.block));
    return;
  }
  const { org, role } = resolveTitle(a, at.title, at.context, at.block);
  memberships.push({ person: at.person, org, role, title: at.title, startDate: null, ...(ended ? { ended: { endDate: null } } : {}), predecessor: null, provenance: [a.at(at.block)] });
}

/** "(appointed on 25 February 2019)" right after a name the prose gives with a post. */
const APPOINTED_AFTER = /^[^.;]{0,40}?(?:\(\s*appointed\s+(?:in|on)\s+([^)]+)\)|,\s*who\s+(?:was|has\s+been)\s+appointed\s+(?:in|on)\s+(.+))/i;
/** ", who was preceded at this post by Y" after the holder's name. */
const PRECEDED_AFTER = new RegExp(`^[^.;]{0,120}?\\bwho\\s+was\\s+preceded\\s+(?:at|in)\\s+this\\s+(?:post|position|office)\\s+by\\s+(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})`, 'u');

/** ", replacing Y" after the holder's post: "X was appointed Prime Minister on 1 October 2001, replacing Y". */
const REPLACING_AFTER = new RegExp(`^[^.;]{0,120}?,\\s*(?:replacing|succeeding)\\s+(?:the\\s+)?(${NAME_WORD}(?:\\s+${NAME_WORD}){1,2})`, 'u');

/** "President Eduard Shevardnadze resigned on …": the verb right after the name ends the post. */
function leftAfter(sentence: string, name: string): boolean {
  const at = sentence.indexOf(name);
  return at >= 0 && /^\s*(?:,[^,]{0,60},\s*)?(?:has\s+|had\s+)?(?:resigned|stepped\s+down|was\s+(?:dismissed|removed|ousted|overthrown)|died|left\s+(?:the\s+)?(?:post|office|country))\b/.test(sentence.slice(at + name.length));
}

/** A post the sentence dates as over: "Chairman of the Supreme Council in 1991-1994", "… until 2010". */
function heldUntil(sentence: string, title: string): boolean {
  const at = sentence.indexOf(title);
  if (at < 0) return false;
  return /^\s*,?\s*(?:\(\s*)?(?:(?:in|from)\s+\d{4}\s*[-–—]\s*\d{2,4}|(?:until|till)\b|up\s+to\s+(?:\p{L}+\s+)?\d{4}|\d{4}\s*[-–—]\s*\d{2,4}\s*\))/u.test(sentence.slice(at + title.length));
}

/** A name of two or more words with a patronymic, and no fault of its own: a person whatever post the clause was misread as. */
function isPersonBeyondDoubt(name: string): boolean {
  const words = name.trim().split(/\s+/);
  return words.length >= 2 && words.some(isPatronymic) && nameFault(name) === null;
}

/**
 * People the prose names with a post ("Bacho Akhalaia, Minister of Internal Affairs, …"): a
 * current post is a membership, a past one ("former Prime Minister …") only makes the person.
 */
function attachProsePosts(a: Assembly, walk: WalkResult, memberships: MembershipDraft[], byKey: Map<string, MembershipDraft>, keyOf: Map<OrgDraft | null, number>): void {
  for (const { text, block, context } of [...walk.paragraphs, ...personLineTails(walk)]) {
    const sentences = splitSentences(text);
    sentences.forEach((sentence, index) => {
      // People the analysis names with no post: a person each, no membership.
      for (const name of findBareNames(sentence)) a.persons.mention(name, a.at(block, sentence));
      // The sentence before is what "этот пост" and "в те же годы" point back to.
      // The paragraph before it (a person line's own first sentence too) is what "в тот же день" points back to.
      const account = block.text.slice(0, Math.max(0, block.text.indexOf(sentence)));
      for (const mention of findProsePersons(sentence, sentences[index - 1] ?? '', account)) {
        const where = a.at(block, sentence);
        // A misread post ("Глава с", "Премьер-министр отправил в отставку") is a warning, not a fact; so is a name left in another case.
        const fault = postFault(mention.name, mention.title);
        // Its holder too, unless the name is a person's beyond doubt (with a patronymic, in the
        // nominative: "Первым … избранным Президентом был Ермолаев Борис Николаевич"): a misread
        // clause's other names are as doubtful ("Олий Мажлис"), and a real one is read elsewhere.
        if (fault) {
          a.warnings?.add('unread-post', `a post read from prose that is no post: ${fault}; kept as a note`, where);
          if (isPersonBeyondDoubt(mention.name)) a.persons.mention(mention.name, where);
          continue;
        }
        // A surname alone is the page's one person of that name, or no one.
        const person = mention.name.includes(' ') ? a.persons.mention(mention.name, where) : mentionOrSurname(a, mention.name, where);
        if (!person) continue;
        const after = sentence.slice(sentence.indexOf(mention.name) + mention.name.length);
        // "… Талант Мамытов (и.о. Президента)": an acting post in brackets after the name is the holder's too
        // (read in the paragraph: the dotted "и.о." may have ended the sentence).
        const sentenceAt = text.indexOf(sentence);
        const acting = sentenceAt >= 0 ? actingAsideAfter(text.slice(sentenceAt + sentence.indexOf(mention.name) + mention.name.length), sentence) : null;
        if (acting) addProsePost(a, { memberships, byKey, keyOf }, person, acting.title, { startDate: null, predecessor: null, ...(acting.ended ? { ended: { endDate: acting.endDate } } : {}) }, block, where);
        // "X, the Chairman of the Senate, was sworn in as President": the new post, and the old one over.
        const moved = MOVED_TO.exec(after);
        if (moved) addProsePost(a, { memberships, byKey, keyOf }, person, moved[1]!, { startDate: null, predecessor: null }, block, where);
        // "former Prime Minister X", "бывшего министра финансов X": the post, as one that ended.
        if (!moved && mention.ended) addProsePost(a, { memberships, byKey, keyOf }, person, mention.title, { startDate: mention.startDate, predecessor: null, ended: { endDate: mention.endDate ?? null } }, block, where);
        if (moved || mention.past || heldUntil(sentence, mention.title) || PAST_POST.test(mention.title) || leftAfter(sentence, mention.name)) continue;
        // "Министр обороны X (03.07.2014 – 14.10.2014)": a term in brackets after the name; with its end, a post held before.
        // (Not in a language that keeps no past posts: "President Leonid Kuchma (1994–2005)" names a person only.)
        const term = termAfterName(after);
        if (term?.endDate) {
          addProsePost(a, { memberships, byKey, keyOf }, person, mention.title, { startDate: term.startDate, predecessor: null, ended: { endDate: term.endDate } }, block, where);
          continue;
        }
        const appointed = APPOINTED_AFTER.exec(after);
        const startDate = mention.startDate ?? term?.startDate ?? (appointed ? firstDate(`in ${appointed[1] ?? appointed[2]!}`) : null);
        const preceded = PRECEDED_AFTER.exec(after) ?? REPLACING_AFTER.exec(after);
        const predecessor = preceded ? a.persons.mention(preceded[1]!, where) : null;
        // "the Chairman of the Council": a bare noun is the body the paragraph speaks of.
        const bare = /^(?:the\s+)?\p{Lu}\p{Ll}+$/u.test(splitTitle(mention.title).bodyRef ?? '') ? context : null;
        addProsePost(a, { memberships, byKey, keyOf }, person, mention.title, { startDate, predecessor }, block, where, bare);
      }
    });
  }
}

/** A line's dash between its post and its name: "Министр – X". */
const LINE_DASH = /\s[-–—]\s/u;

/**
 * The sentences of a person line after its first ("… (since January 2005). The last Head of the
 * Administration was Viktor Medvedchuk."): prose, read for the people it names, once per block.
 */
function personLineTails(walk: WalkResult): Array<{ text: string; block: Block; context: OrgDraft | null }> {
  const seen = new Set<Block>();
  const tails: Array<{ text: string; block: Block; context: OrgDraft | null }> = [];
  for (const { block, context } of walk.personLines) {
    if (seen.has(block)) continue;
    seen.add(block);
    const [first = '', ...others] = splitSentences(block.text);
    // "Председатель Парламента – X (до ноября 2021 года); в декабре 2021 года Председателем Парламента избран Y":
    // a clause after the line's semicolon with no dash of a line's own is prose.
    const clauses = first.split(/;\s+/).slice(1).filter((clause) => !LINE_DASH.test(clause));
    const rest = [...clauses, ...others].join(' ');
    if (rest) tails.push({ text: rest, block, context });
  }
  return tails;
}

/** A post one person holds at a time: not a deputy's, a member's or an adviser's. */
function isSoleRole(role: string): boolean {
  return !/\b(?:deputy|deputies|vice|members?|advisers?|advisors?|co-\w+|assistants?|ministers\b)/i.test(role);
}

/** "was sworn in as President", "became Prime Minister": the post an appositive's holder moved to. */
const MOVED_TO = /^\s*,\s*(?:the\s+)?[^,]{2,100},\s*(?:was\s+sworn\s+in\s+as|became|took\s+office\s+as)\s+(?:the\s+)?(\p{Lu}[\p{L}-]*(?:\s+(?:of\s+(?:the\s+)?)?\p{Lu}[\p{L}-]*)*)/u;

/** A post the prose names, once per person, body and role. */
function addProsePost(
  a: Assembly,
  { memberships, byKey, keyOf }: { memberships: MembershipDraft[]; byKey: Map<string, MembershipDraft>; keyOf: Map<OrgDraft | null, number> },
  person: PersonDraft,
  title: string,
  { startDate, predecessor, ended }: { startDate: string | null; predecessor: PersonDraft | null; ended?: { endDate: string | null } },
  block: Block,
  where: Provenance,
  context: OrgDraft | null = null,
): void {
  const { org, role } = resolveTitle(a, title, context, block);
  // A post one person holds at a time, which the page's own lines give to someone else: the prose
  // speaks of an earlier holder ("Kebich, the Chairman of the Council of Ministers, 17.33%").
  // A post the page gives as ended had such an earlier holder by its nature.
  // Posts have a history: that earlier holder keeps the post as an ended one, never a second current one,
  // in a language that keeps past posts (English analysts hold a past post to be no record: its variants' `wrong` rows).
  if (!ended && org && isSoleRole(role) && memberships.some((m) => !m.ended && m.org === org && normalizeKeyPart(m.role) === normalizeKeyPart(role) && m.person !== person)) {
    ended = { endDate: null };
  }
  if (!keyOf.has(org)) keyOf.set(org, keyOf.size);
  // A past post is apart from the same post held now: neither ever reads as the other.
  const key = `${person.keyText}\u0000${keyOf.get(org)}\u0000${normalizeKeyPart(role)}${ended ? '\u0000ended' : ''}`;
  const existing = byKey.get(key);
  if (existing) {
    cite(existing.provenance, where);
    existing.startDate ??= startDate;
    existing.predecessor ??= predecessor;
    if (existing.ended && ended) existing.ended.endDate ??= ended.endDate;
    return;
  }
  const draft: MembershipDraft = { person, org, role, title, startDate, ...(ended ? { ended: { ...ended } } : {}), predecessor, provenance: [where] };
  byKey.set(key, draft);
  memberships.push(draft);
}

/**
 * "The Security Council is chaired by the President", "The President of Ukraine is the Chairman of
 * the NSDC": the post goes to whoever holds the named post on the page, when one person does.
 */
function attachExOfficio(a: Assembly, walk: WalkResult, memberships: MembershipDraft[]): void {
  for (const { text, block, context } of walk.paragraphs) {
    if (!/\b(?:chaired|headed|led|presided|Chairman|Chair|Head)\b|явля/u.test(text)) continue;
    for (const sentence of splitSentences(text)) {
      const post = readExOfficio(sentence);
      // "Председателем Кабинета министров является Президент": the post's title read like a prose post's.
      for (const cased of post ? [] : readCasedExOfficio(sentence)) attachCasedExOfficio(a, memberships, cased, context, block, sentence);
      if (!post) continue;
      const org = a.orgs.find(post.body, { preferred: context });
      const holders = new Set(memberships.filter((m) => !m.ended && holdsPost(a, m, post.holderPost)).map((m) => m.person));
      if (!org || holders.size !== 1) continue;
      const [person] = holders;
      const where = a.at(block, sentence);
      const existing = memberships.find((m) => !m.ended && m.person === person && m.org === org && normalizeKeyPart(m.role) === normalizeKeyPart(post.role));
      if (existing) cite(existing.provenance, where);
      else memberships.push({ person: person!, org, role: post.role, title: `${post.role} of the ${org.name}`, startDate: null, predecessor: null, provenance: [where] });
    }
  }
}

/** A cased language's ex officio post: to the one holder of the named post, its body found or made from the title. */
function attachCasedExOfficio(a: Assembly, memberships: MembershipDraft[], post: ExOfficio, context: OrgDraft | null, block: Block, sentence: string): void {
  const holders = new Set(memberships.filter((m) => !m.ended && holdsPost(a, m, post.holderPost)).map((m) => m.person));
  if (holders.size !== 1 || roleFault(post.title!)) return;
  const [person] = holders;
  const where = a.at(block, sentence);
  // (A body the page never names as one, a party's say, leaves the post with its title alone.)
  const { org, role } = resolveTitle(a, post.title!, context, block);
  const existing = memberships.find((m) => !m.ended && m.person === person && m.org === org && normalizeKeyPart(m.role) === normalizeKeyPart(role));
  if (existing) cite(existing.provenance, where);
  else memberships.push({ person: person!, org, role, title: post.title!, startDate: null, predecessor: null, provenance: [where] });
}

/** True when a membership is the post an ex officio sentence names: "President" is the head of state's. */
function holdsPost(a: Assembly, m: MembershipDraft, post: string): boolean {
  if (/^President$/i.test(post)) return m.org !== null && m.org === a.headOfState;
  // "Президент": the head of state's post by its name's first word ("Президент Туркменистана").
  if (a.headOfState && normalizeKeyPart(a.headOfState.name).split(' ')[0] === normalizeKeyPart(post)) return m.org === a.headOfState;
  return normalizeKeyPart(m.role) === normalizeKeyPart(post) || normalizeKeyPart(m.title) === normalizeKeyPart(post);
}

/** A full name is a person; a surname alone is the one person of that family name, if any. */
function mentionOrSurname(a: Assembly, written: string, where: Provenance): PersonDraft | null {
  if (written.includes(' ')) return a.persons.mention(written, where);
  const person = a.persons.bySurname(written);
  if (person) {
    person.forms.add(written);
    cite(person.provenance, where);
  }
  return person ?? null;
}

/** Kinds of events that are votes: the others (an inauguration, a death …) are about a person or a decision. */
const isVote = (e: EventDraft) => e.kind === 'election' || e.kind === 'referendum';

/**
 * Two mentions of one event: the same kind, and dates that agree (one may be more precise); of an
 * event that is no vote, about the same person, or with no person the same words.
 */
function sameEvent(x: EventDraft, y: EventDraft): boolean {
  if (x.kind !== y.kind || !(x.date.startsWith(y.date) || y.date.startsWith(x.date))) return false;
  if (!isVote(x)) return x.person || y.person ? x.person === y.person : normalizeKeyPart(x.title ?? '') === normalizeKeyPart(y.title ?? '');
  if ((x.person && y.person && x.person !== y.person) || !sameVote(x, y)) return false;
  // A round nobody won where the winner of the other stood as a candidate is an earlier round of that day.
  if (roundBefore(x, y) || roundBefore(y, x)) return false;
  return x.voteShare === null || y.voteShare === null || x.voteShare === y.voteShare;
}

/**
 * What tells a vote apart from another of its day: a body's election by its body ("выборы в Великий
 * Хурал" on a president's election day), a round nobody won by that ("Первый тур" before the fifth).
 */
function voteKey(e: EventDraft, events: readonly EventDraft[]): string[] {
  if (isBodyVote(e)) return ['body', normalizeKeyPart(e.office!)];
  return !e.person && events.some((o) => o !== e && o.kind === e.kind && o.date === e.date && !isBodyVote(o)) ? ['no winner'] : [];
}

/**
 * `round` named nobody the winner, and `won`'s winner stood in it with another figure than won it:
 * "Первый тур …: Вейонис – 41" before "в пятом туре Вейонис получил 55 голосов" (not the same results
 * read twice, "Алиев – 76,84 %" in a list and in prose).
 */
function roundBefore(round: EventDraft, won: EventDraft): boolean {
  const stood = won.person ? round.others.find((c) => c.person === won.person) : undefined;
  if (round.person || !stood) return false;
  const differs = (a: number | null | undefined, b: number | null) => a != null && b !== null && a !== b;
  return differs(stood.votes, won.votes) || differs(stood.voteShare, won.voteShare);
}

/** Candidates once each, never the winner, most votes first (no share last, else in the page's order). */
function rankOthers(others: readonly CandidateDraft[], winner: PersonDraft | null): CandidateDraft[] {
  const once = new Map<PersonDraft, CandidateDraft>();
  for (const c of others) {
    if (c.person === winner) continue;
    const known = once.get(c.person);
    if (known) Object.assign(known, { voteShare: known.voteShare ?? c.voteShare, votes: known.votes ?? c.votes ?? null });
    else once.set(c.person, { ...c });
  }
  return [...once.values()].map((c, i) => ({ c, i })).sort((x, y) => (y.c.voteShare ?? -1) - (x.c.voteShare ?? -1) || x.i - y.i).map(({ c }) => c);
}

/** Folds a second mention of an event into the first: every mention cited, the most precise date kept. */
function mergeEvent(into: EventDraft, other: EventDraft): void {
  if (other.date.length > into.date.length) into.date = other.date;
  into.person ??= other.person;
  into.winnerNamed ||= other.winnerNamed;
  into.office ??= other.office;
  into.voteShare ??= other.voteShare;
  into.votes ??= other.votes;
  into.termYears ??= other.termYears;
  into.turnout ??= other.turnout;
  into.others = rankOthers([...into.others, ...other.others], into.person);
  into.outcome ??= other.outcome;
  into.title ??= other.title;
  for (const where of other.provenance) cite(into.provenance, where);
}

/** An election's candidates as persons: a full name is a person (made if new), a surname alone only one already named. */
function candidatesOf(a: Assembly, others: ElectionMention['others'], where: Provenance): CandidateDraft[] {
  return others.flatMap((c) => {
    const person = mentionOrSurname(a, c.name, where);
    return person ? [{ person, voteShare: c.voteShare, votes: c.votes ?? null }] : [];
  });
}

/**
 * Prose a person line's rule also read ("Levon Ter-Petrosyan, the first President …, was elected on
 * … with 83% of votes …. Robert Kocharyan … won …"): blocks of two sentences or more, read whole for
 * events, once each. A line of its own ("Speaker – X") has one sentence and names no event.
 */
function proseReadAsLines(walk: WalkResult): Array<{ text: string; block: Block }> {
  const prose = new Set(walk.paragraphs.map((p) => p.block));
  const blocks = new Set(walk.personLines.map((p) => p.block).filter((block) => !prose.has(block)));
  return [...blocks].filter((block) => block.kind !== 'heading' && splitSentences(block.text).length > 1).map((block) => ({ text: block.text, block }));
}

/** A day that opens a line: "24 марта 2005 г. – …", "25.03.2005 – …", "27 февраля и 13 марта 2005 г. – …". */
const OPENS_WITH_DAY = /^\s*\d{1,2}(?:\.\d{2}\.\d{4}|\s+\p{L}+)/u;

/**
 * A chronology's lines the walk took for a body's tasks (a list under a heading of events, each line
 * opening with its day): read as prose too, for the events they date.
 */
function chronologyLines(walk: WalkResult): Array<{ text: string; block: Block }> {
  return walk.tasks.filter((t) => OPENS_WITH_DAY.test(t.text) && findDates(t.text).some((d) => d.index < 20 && d.date.length >= 10)).map((t) => ({ text: t.text, block: t.block }));
}

/**
 * A paragraph that ends with a colon ("Остальные кандидаты получили:") read with the lines right
 * after it, prose or person lines ("Name, post, — 33,67%;"): one list of results.
 */
function withListAfterColon(text: string, block: Block, walk: WalkResult): string {
  if (!text.trimEnd().endsWith(':')) return text;
  // Document order: by line, then as walked (an HTML page may hold every block on one line).
  const lines = [...new Set([...walk.paragraphs, ...walk.personLines, ...walk.tasks].map((p) => p.block))].sort((x, y) => x.line - y.line);
  const at = lines.indexOf(block);
  if (at < 0) return text;
  const list: string[] = [];
  let end = block.endLine;
  // The widest gap between the list's lines: a blank line may follow the lead-in, or every line; once
  // lines run on without one, a blank line ends the list (the paragraph after it is prose of its own).
  let widest = 2;
  for (const line of lines.slice(at + 1)) {
    if (line.line > end + widest || line.kind === 'heading') break;
    if (list.length && line.line <= end + 1) widest = 1;
    list.push(line.text);
    end = line.endLine;
  }
  return list.length ? `${text} ${list.join(' ')}` : text;
}

/** The heading right over a block (past breaks), if one is. */
function headingOver(content: readonly Block[], block: Block): string | null {
  let i = content.indexOf(block) - 1;
  while (i >= 0 && content[i]!.kind === 'break') i--;
  return i >= 0 && content[i]!.kind === 'heading' ? content[i]!.text : null;
}

/** Elections and referendums from prose; an event recalled in a later paragraph is one record. */
function collectEvents(a: Assembly, walk: WalkResult, content: readonly Block[], memberships: readonly MembershipDraft[]): EventDraft[] {
  const events: EventDraft[] = [];
  const add = (event: EventDraft) => {
    const same = events.find((e) => sameEvent(e, event));
    if (same) mergeEvent(same, event);
    else events.push(event);
  };
  // Oaths that name no office, read once every election and its winner is known.
  const unnamedOffice: Array<() => void> = [];
  // The elections found so far and the paragraph before: a round dated by the paragraph that set
  // its date, a referendum held with a round of an election ("Одновременно с первым туром …").
  const elections: ElectionMention[] = [];
  // Lists of results first: a run-off's prose after one names its candidates by family name alone.
  // A list of the rest joins the election of its date once the prose has named its winner.
  const rests: Array<() => void> = [];
  for (const { election: e, blocks } of findResultLists(content)) {
    const where = { ...a.at(blocks[0]!, e.text), endLine: blocks[blocks.length - 1]!.endLine };
    if (e.restOf) rests.push(() => addElection(a, e, where, add));
    else elections.push(e);
    if (!e.restOf) addElection(a, e, where, add);
  }
  let before: string | null = null;
  for (const { text, block } of [...walk.paragraphs, ...proseReadAsLines(walk), ...chronologyLines(walk), ...(walk.remarks ?? [])]) {
    // A lead-in's list after its colon is its sentence's: "Итоги голосования: «за» – 77,92 %; …".
    const withList = withListAfterColon(text, block, walk);
    const found = findElections(withList, before, headingOver(content, block));
    before = text;
    for (const r of findReferendums(withList, [...elections, ...found])) {
      const none = { person: null, winnerNamed: false, votes: null, termYears: null, others: [] };
      add({ kind: 'referendum', date: r.date, office: null, ...none, voteShare: r.voteShare, turnout: r.turnout, outcome: r.outcome, title: r.title, text: r.text, provenance: [a.at(block, r.text)] });
    }
    elections.push(...found);
    for (const e of found) addElection(a, e, a.at(block, e.text), add);
    for (const d of findDatedEvents(text)) {
      if (d.kind === 'inauguration' && !d.office) unnamedOffice.push(() => addHeadsOath(a, d, a.at(block, d.text), heads(a, events, memberships), add));
      else addDatedEvent(a, d, a.at(block, d.text), add);
    }
  }
  for (const rest of rests) rest();
  for (const oath of unnamedOffice) oath();
  inaugurated(a, events);
  return events;
}

/** Who holds or won the head of state's office: its members, and the winners of its elections. */
function heads(a: Assembly, events: readonly EventDraft[], memberships: readonly MembershipDraft[]): Set<PersonDraft> {
  const won = events.filter((e) => e.kind === 'election' && e.person && (!e.office || e.office === 'President')).map((e) => e.person!);
  return new Set([...won, ...memberships.filter((m) => m.org && m.org === a.headOfState).map((m) => m.person)]);
}

/**
 * An oath or a taking of office whose clause names no office ("8 июля 2015 года X принёс присягу и
 * вступил в должность"): the head of state's where its person is one the page makes head of state,
 * found by a family name without making a new person; else (a minister's, a judge's) no event.
 */
function addHeadsOath(a: Assembly, d: DatedEventMention, where: Provenance, heads: Set<PersonDraft>, add: (event: EventDraft) => void): void {
  const person = d.person?.split(/\s+/).map((word) => a.persons.bySurname(word)).find((p) => p && heads.has(p));
  if (person) addDatedEvent(a, { ...d, office: 'President' }, where, add);
}

/** An inauguration, a resignation, a death, an upheaval or a decision read by `dated-event.ts`, its person made (or found) a person. */
function addDatedEvent(a: Assembly, d: DatedEventMention, where: Provenance, add: (event: EventDraft) => void): void {
  const person = d.person ? mentionOrSurname(a, d.person, where) : null;
  // A resignation or a death is of someone: a family name no person of the page has says no more than the words.
  if (!person && (d.kind === 'resignation' || d.kind === 'death')) return;
  add({ kind: d.kind, date: d.date, office: d.office, person, winnerNamed: false, voteShare: null, votes: d.votes, termYears: null, turnout: null, others: [], outcome: null, title: d.title, text: d.text, provenance: [where] });
}

/**
 * The head of state an inauguration names by the office alone ("состоялась инаугурация Президента",
 * "Новый Президент вступил в должность"): the winner of the latest election of that office on or
 * before its date.
 */
function inaugurated(a: Assembly, events: EventDraft[]): void {
  for (const e of events) {
    if (e.kind !== 'inauguration' || e.person || !a.headOfState || electedBody(a, e) !== a.headOfState) continue;
    const before = events.filter((w) => w.kind === 'election' && w.person && w.date <= e.date && electedBody(a, w) === a.headOfState).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
    e.person = before.at(-1)?.person ?? null;
  }
}

/** An election read by a rule, its winner and candidates made persons, added as an event. */
function addElection(a: Assembly, e: ElectionMention, where: Provenance, add: (event: EventDraft) => void): void {
  const person = e.person ? mentionOrSurname(a, e.person, where) : null;
  const others = rankOthers(candidatesOf(a, e.others, where), person);
  add({ kind: 'election', date: e.date, office: e.office, person, winnerNamed: e.person !== null, voteShare: e.voteShare, votes: e.votes, termYears: e.termYears, turnout: e.turnout, others, outcome: null, title: e.title ?? null, text: e.text, provenance: [where] });
}

/**
 * The post an election filled: the winner of the latest election holds the head of state's post
 * (an earlier winner who is someone else holds it no longer).
 */
/** The body an election filled: the head of state's office, unless the page names another ("Parliament", "Speaker"). */
function electedBody(a: Assembly, event: EventDraft): OrgDraft | undefined | null {
  // An event that is no vote is the head of state's where its clause names the office.
  if (!isVote(event)) return event.office ? a.headOfState : null;
  if (event.kind !== 'election') return null;
  if (!event.office || !a.headOfState) return a.headOfState;
  const office = normalizeKeyPart(event.office);
  // "President", "President of Kyrgyzstan" for "President of the Kyrgyz Republic": the same post.
  if (office.split(' ')[0] === normalizeKeyPart(a.headOfState.name).split(' ')[0] || office === 'head of state') return a.headOfState;
  // A parliament's election, a speaker's: that body when the page describes it, else none.
  return a.orgs.byName(event.office) ?? null;
}

/** An election's results: the winner first (rank 1), then the others by rank; a round with no winner ranks from 1. */
function resultsOf(e: EventDraft, personId: Map<PersonDraft, string>): ElectionResult[] {
  if (!isVote(e)) return [];
  const winner = e.person ? [{ personId: personId.get(e.person)!, voteShare: e.voteShare, votes: e.votes, rank: 1 }] : [];
  const first = e.winnerNamed ? 2 : 1;
  // The one candidate a round nobody won names has no place: the page says nothing of the others.
  const placed = e.person !== null || e.others.length > 1;
  return [...winner, ...rankOthers(e.others, e.person).map((c, i) => ({ personId: personId.get(c.person)!, voteShare: c.voteShare, votes: c.votes ?? null, rank: placed ? first + i : null }))];
}

function electedHolder(a: Assembly, events: EventDraft[], memberships: MembershipDraft[]): void {
  const office = a.headOfState;
  const latest = events.filter((e) => e.kind === 'election' && e.person && electedBody(a, e) === office).sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0)).pop();
  if (!office || !latest?.person) return;
  const role = /^president\b/i.test(office.name) ? 'President' : splitTitle(office.name).role;
  const existing = memberships.find((m) => !m.ended && m.person === latest.person && m.org === office);
  if (existing) {
    for (const where of latest.provenance) cite(existing.provenance, where);
    return;
  }
  memberships.push({ person: latest.person, org: office, role, title: role, startDate: null, predecessor: null, provenance: [...latest.provenance] });
}

/** The parent a body sits under, by its kind. */
function parentOf(a: Assembly, org: OrgDraft, predecessorBodies: Set<OrgDraft>): OrgDraft | null | undefined {
  if (predecessorBodies.has(org) && org.provenance.length === 1) return null;
  if (org.classification === 'ministry') return a.government;
  if (org === a.headOfState) return null;
  if (org.underHeadOfState || org.classification === 'administration' || org.classification === 'advisory-body') return a.headOfState;
  return null;
}

function organizationRecords(a: Assembly, orgId: Map<OrgDraft, string>): Organization[] {
  const idOf = (o: OrgDraft | null | undefined) => (o ? orgId.get(o)! : null);
  const predecessorBodies = new Set(a.orgs.all.map((o) => o.predecessor).filter((o): o is OrgDraft => o !== null));
  return a.orgs.all.map((org) => {
    const parent = idOf(parentOf(a, org, predecessorBodies));
    return {
      id: orgId.get(org)!,
      name: org.name,
      classification: org.classification,
      parentId: parent === orgId.get(org) ? null : parent,
      abbreviation: org.abbreviation,
      founded: org.founded,
      predecessorId: idOf(org.predecessor),
      description: org.description.length ? org.description.join('\n\n') : null,
      website: org.website,
      aliases: [...org.aliases].filter((alias) => alias !== org.name).sort(),
      provenance: org.provenance,
    };
  });
}

function personRecords(persons: PersonIndex, personId: Map<PersonDraft, string>): Person[] {
  return persons.all.map((p) => {
    // The fullest form; of as many words, the one the index holds as best (a nominative over a genitive's longer letters).
    const isBest = (form: string) => (form === p.best.written ? 1 : 0);
    const fullest = [...p.forms].sort((a, b) => b.split(' ').length - a.split(' ').length || isBest(b) - isBest(a) || b.length - a.length || (a < b ? -1 : 1))[0]!;
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
}

function taskRecords(cc: string, walk: WalkResult, orgId: Map<OrgDraft, string>, at: Assembly['at']): Task[] {
  const taskCount = new Map<OrgDraft, number>();
  const taskKey = occurrenceCounter();
  return walk.tasks.map(({ org, text, block }) => {
    const position = (taskCount.get(org) ?? 0) + 1;
    taskCount.set(org, position);
    const n = taskKey(`${orgId.get(org)}\u0000${normalizeKeyPart(text)}`);
    return { id: makeId('task', cc, [orgId.get(org)!, text, ...(n === '1' ? [] : [n])]), organizationId: orgId.get(org)!, position, text, provenance: [at(block)] };
  });
}

/** Survey figures, ranks and scores, turnouts; the same figure quoted twice is one record citing both places. */
function statisticRecords(cc: string, walk: WalkResult, content: readonly Block[], at: Assembly['at']): Statistic[] {
  const byId = new Map<string, Statistic>();
  // A survey's table: its caption names the question and the pollster, each row a figure.
  for (const { figure: f, blocks } of findSurveyTables(content)) {
    const id = makeId('statistic', cc, [f.author ?? '', f.topic, f.subject]);
    if (!byId.has(id)) byId.set(id, { id, author: f.author, topic: f.topic, subject: f.subject, value: f.value, unit: 'percent', outOf: null, provenance: [at(blocks[1]!, blocks[1]!.text)] });
  }
  // A results table's rows ("Кандидат – Голосов, %" over "Бабанов Омурбек – 33,49"): each candidate's share a figure of its election's day.
  for (const { election: e, blocks, shareTable } of findResultLists(content)) {
    if (!shareTable) continue;
    const topic = lexiconOfWord(e.text).voteShares.candidateTopic;
    const rows = [...(e.person && e.voteShare !== null ? [{ name: e.person, voteShare: e.voteShare }] : []), ...e.others];
    for (const row of rows) {
      if (row.voteShare === null || row.voteShare === undefined) continue;
      const subject = `${row.name} (${e.date})`;
      const id = makeId('statistic', cc, ['', topic, subject, String(row.voteShare)]);
      if (!byId.has(id)) byId.set(id, { id, author: null, topic, subject, value: row.voteShare, unit: 'percent', outOf: null, provenance: [at(blocks[0]!, blocks[0]!.text)] });
    }
  }
  // A list of parties' shares under a parliamentary election's lead-in: each a figure.
  for (const { figure: f, block } of findListVoteShares(content)) {
    const id = makeId('statistic', cc, [f.author ?? '', f.topic, f.subject, String(f.value)]);
    if (!byId.has(id)) byId.set(id, { id, author: null, topic: f.topic, subject: f.subject, value: f.value, unit: 'percent', outOf: null, provenance: [at(block, f.text)] });
  }
  for (const { text, block } of walk.paragraphs) {
    for (const f of findFigures(text)) {
      const id = makeId('statistic', cc, [f.author ?? '', f.topic, f.subject]);
      const existing = byId.get(id);
      if (existing) cite(existing.provenance, at(block, f.text));
      else byId.set(id, { id, author: f.author ?? null, topic: f.topic, subject: f.subject, value: f.value, unit: 'percent', outOf: null, provenance: [at(block, f.text)] });
    }
    // An index's rank or score: its value and scale are the figure.
    for (const f of findRatings(text)) {
      const id = makeId('statistic', cc, [f.author ?? '', f.topic, f.subject, f.unit]);
      const existing = byId.get(id);
      if (existing) cite(existing.provenance, at(block, f.text));
      else byId.set(id, { id, author: f.author, topic: f.topic, subject: f.subject, value: f.value, unit: f.unit, outOf: f.outOf, provenance: [at(block, f.text)] });
    }
    // A vote's turnout and shares are figures too; two undated turnouts of one page differ by their value.
    for (const f of [...findTurnouts(text), ...findVoteShares(text)]) {
      const id = makeId('statistic', cc, [f.author ?? '', f.topic, f.subject, String(f.value)]);
      const existing = byId.get(id);
      if (existing) cite(existing.provenance, at(block, f.text));
      else byId.set(id, { id, author: f.author, topic: f.topic, subject: f.subject, value: f.value, unit: 'percent', outOf: null, provenance: [at(block, f.text)] });
    }
  }
  return [...byId.values()];
}

/** A group found on the page, with the people its description names, before IDs are assigned. */
interface GroupDraft {
  group: GroupMention;
  members: PersonDraft[];
  provenance: Provenance;
}

/**
 * The groups of the paragraphs no body claimed, and their people: a full name is a person of the
 * page (named here first, or already); a family name alone only the page's one person of that name.
 */
/** The kinds of group a party's post may belong to. */
const PARTY_CATEGORIES = new Set(['party', 'movement', 'bloc']);

/**
 * A party's post read without the party ("Председатель партии — Ильхам Алиев") takes the party the
 * paragraph names before it into its title ("Председатель партии «Новый Азербайджан»"): the page's
 * parties are its groups; a post whose body is known, or whose paragraph names no party, stays.
 */
function namePartyPosts(memberships: MembershipDraft[], content: readonly Block[], groups: readonly GroupDraft[]): void {
  const parties = groups.filter((g) => PARTY_CATEGORIES.has(g.group.category)).map((g) => g.group.name);
  if (!parties.length) return;
  for (const m of memberships) {
    const where = m.provenance[0];
    if (m.org || !where) continue;
    const block = content.find((b) => b.line === where.line && b.endLine === where.endLine && b.text.includes(where.quote));
    const opens = block ? block.text.indexOf(where.quote) : -1;
    const at = opens < 0 ? -1 : where.quote.toLowerCase().indexOf(m.title.toLowerCase());
    if (at < 0) continue;
    const title = partyPostTitle(m.title, block!.text.slice(0, opens + at), parties);
    if (title) m.title = title;
  }
}

/** Sentences, not a line: a full stop inside, before a capital, and eight words or more. */
const isProse = (text: string) => /\p{L}\.\s+\p{Lu}/u.test(text) && text.split(/\s+/).length >= 8;

function collectGroups(a: Assembly, walk: WalkResult): GroupDraft[] {
  // A prose paragraph read as a person's line ("… партия «X» (ПНА), … Председатель партии — Иван Лор.") may name groups too.
  const proseLines = walk.personLines.filter((l) => l.context === null && isProse(l.block.text)).map(({ block }) => ({ text: block.text, heading: null, block }));
  const unclaimed = [...walk.paragraphs.filter((p) => p.context === null), ...proseLines];
  if (!unclaimed.length) return [];
  return findGroups(unclaimed.map((p) => p.text), unclaimed.map((p) => p.heading)).map((group) => {
    const source = unclaimed.find((p) => p.text.includes(group.text)) ?? unclaimed[0]!;
    const provenance = a.at(source.block, group.text);
    const members: PersonDraft[] = [];
    for (const name of findGroupMembers(group.description)) {
      const person = name.familyOnly ? a.persons.bySurname(name.written) : a.persons.mention(name.written, provenance);
      if (person && !members.includes(person)) members.push(person);
    }
    return { group, members, provenance };
  });
}

function groupRecords(cc: string, drafts: readonly GroupDraft[], personId: ReadonlyMap<PersonDraft, string>): Group[] {
  return drafts.map(({ group: g, members, provenance }) => ({
    id: makeId('group', cc, [g.name]),
    name: g.name,
    category: g.category,
    localName: g.localName,
    region: g.region ?? regionOfDescription(g.description),
    description: g.description,
    memberIds: members.map((m) => personId.get(m)!),
    provenance: [provenance],
  }));
}

function materialRecords(cc: string, frame: PageFrame, at: Assembly['at']): Material[] {
  const materialKey = occurrenceCounter();
  return frame.materials.map(({ block, kind, date, title }, index) => ({
    id: makeId('material', cc, [kind, date, materialKey(`${kind}\u0000${date}`)]),
    kind,
    date,
    title,
    url: block.links[0]?.href ?? null,
    position: index + 1,
    provenance: [at(block)],
  }));
}

function noteRecords(cc: string, walk: WalkResult, at: Assembly['at']): Note[] {
  const noteKey = occurrenceCounter();
  return walk.paragraphs
    .filter((p) => p.context === null)
    .map(({ text, heading, block }, index) => {
      const n = noteKey(normalizeKeyPart(text));
      return { id: makeId('note', cc, [heading ?? '', text, ...(n === '1' ? [] : [n])]), heading, organizationId: null, position: index + 1, text, provenance: [at(block)] };
    });
}

function sourceRecord(facts: PageFacts, frame: PageFrame): Source {
  const allText = [...frame.content, ...frame.materials.map((m) => m.block)].map((b) => b.text).join('\n');
  const latestDate = findDates(allText).map((d) => d.date).sort().pop() ?? null;
  const { file, country, section, title, publisher, url, language, retrieved, format, encoding, sha256 } = facts;
  return { id: makeId('source', country.code, [file]), file, country, section, title, publisher, url, language, retrieved, format, encoding, sha256, latestDate };
}

/** Builds the profile from the walk's findings: resolves names to bodies and people, assigns IDs. */
export function assembleProfile(facts: PageFacts, frame: PageFrame, walk: WalkResult, warnings: WarningLog): Profile {
  const cc = facts.country.code;
  const orgs = walk.orgs;
  const at = (block: Block, quote?: string): Provenance => provenanceOf(block, facts.file, quote);
  const a: Assembly = { facts, orgs, persons: new PersonIndex(), headOfState: undefined, government: undefined, at, warnings };
  for (const { name, alias } of walk.nameAliases ?? []) a.persons.sameAs(alias, name);
  a.persons.notPersons(frame.content.flatMap((block) => bodyProperNames(block.text)));
  // "создан двухпалатный парламент – Милли Генгеш": a body the page names only by its own name is an organization too.
  for (const block of frame.content) for (const name of bodyProperNames(block.text)) if (!orgs.find(name)) orgs.add(name, 'other', at(block));
  attachSites(a, walk.sites);
  a.headOfState = orgs.ofClass('head-of-state');
  a.government = orgs.ofClass('government');

  const memberships = collectMemberships(a, walk);
  const events = collectEvents(a, walk, frame.content, memberships);
  electedHolder(a, events, memberships);
  attachSuccessions(walk.paragraphs, a.persons, memberships, at);
  attachExOfficio(a, walk, memberships);
  const groups = collectGroups(a, walk);
  namePartyPosts(memberships, frame.content, groups);

  // IDs: from each record's meaning, never its position.
  const orgId = new Map<OrgDraft, string>(orgs.all.map((o) => [o, makeId('organization', cc, [o.name])]));
  const personId = new Map<PersonDraft, string>(a.persons.all.map((p) => [p, makeId('person', cc, p.key)]));
  const idOfOrg = (o: OrgDraft | null | undefined) => (o ? orgId.get(o)! : null);

  const membershipRecords: Membership[] = memberships.map((m) => ({
    // A past post has an ID of its own: the same person may hold the same post again now.
    id: makeId('membership', cc, [personId.get(m.person)!, idOfOrg(m.org) ?? m.title, m.role, ...(m.ended ? ['ended'] : [])]),
    personId: personId.get(m.person)!,
    organizationId: idOfOrg(m.org),
    role: m.role,
    title: m.title,
    startDate: m.startDate,
    endDate: m.ended?.endDate ?? null,
    status: m.ended ? 'ended' : 'current',
    predecessorId: m.predecessor && m.predecessor !== m.person ? personId.get(m.predecessor)! : null,
    provenance: m.provenance,
  }));

  const eventRecords: ProfileEvent[] = events.map((e) => ({
    // An event that is no vote is told apart by whom it is about, else by its words: two may share a date.
    id: makeId('event', cc, [e.kind, e.date, ...(isVote(e) ? voteKey(e, events) : [e.person ? personId.get(e.person)! : normalizeKeyPart(e.title ?? '')])]),
    kind: e.kind,
    date: e.date,
    organizationId: idOfOrg(electedBody(a, e)),
    personId: e.person ? personId.get(e.person)! : null,
    voteShare: e.voteShare,
    votes: e.votes,
    termYears: e.termYears,
    turnout: e.turnout,
    results: resultsOf(e, personId),
    outcome: e.outcome,
    title: e.title,
    description: e.text,
    provenance: e.provenance,
  }));

  return {
    schemaVersion: SCHEMA_VERSION,
    source: sourceRecord(facts, frame),
    persons: personRecords(a.persons, personId),
    organizations: organizationRecords(a, orgId),
    memberships: membershipRecords,
    events: eventRecords,
    tasks: taskRecords(cc, walk, orgId, at),
    statistics: statisticRecords(cc, walk, frame.content, at),
    groups: groupRecords(cc, groups, personId),
    materials: materialRecords(cc, frame, at),
    notes: noteRecords(cc, walk, at),
    issues: warnings.issues,
  };
}
