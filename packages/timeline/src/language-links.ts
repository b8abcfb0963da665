import type { Organization, Person, Profile, Provenance } from '@profiles/model';
import { nameAgreement, latinKey } from './names.js';
import { addTo, compareCodePoints } from './order.js';
import type { SnapshotInfo } from './schema.js';

/** A snapshot and its profile. */
export interface Version {
  info: SnapshotInfo;
  profile: Profile;
}

/**
 * The language whose person IDs a linked person keeps: English where the country has an English
 * page (so English IDs never change when a translation is added), else the first language in
 * code-point order.
 */
export function keptLanguage(versions: readonly Version[]): string | null {
  const languages = [...new Set(versions.map((v) => v.info.language))].sort(compareCodePoints);
  return languages.includes('en') ? 'en' : (languages[0] ?? null);
}

/** The first line a record is read from: its place on the page. */
function firstLine(record: { provenance: readonly Provenance[] }): number {
  return record.provenance.reduce((min, p) => Math.min(min, p.line), Number.POSITIVE_INFINITY);
}

/** The page's bodies in page order (their first line, then ID). */
function bodiesInPageOrder(profile: Profile): Organization[] {
  return [...profile.organizations].sort((a, b) => firstLine(a) - firstLine(b) || compareCodePoints(a.id, b.id));
}

/** Past this many body pairs, two pages are not aligned (a page of thousands of bodies is no profile). */
const MAX_ALIGNED_PAIRS = 1_000_000;

/**
 * The bodies of two language versions of one page that are one body: the longest order-preserving
 * pairing of the two pages' bodies (in page order) of one classification whose parents' classes do
 * not disagree. A translation keeps the page's structure, so the third ministry of one is the third
 * of the other; no word of either language is compared.
 *
 * @returns a map from a body of `a` to its body in `b`
 */
export function alignBodies(a: Profile, b: Profile): Map<string, string> {
  const [xs, ys] = [bodiesInPageOrder(a), bodiesInPageOrder(b)];
  if (xs.length * ys.length > MAX_ALIGNED_PAIRS) return new Map();
  const parentClass = (profile: Profile) => {
    const classes = new Map(profile.organizations.map((o) => [o.id, o.classification]));
    return (o: Organization) => (o.parentId === null ? null : (classes.get(o.parentId) ?? null));
  };
  const [pa, pb] = [parentClass(a), parentClass(b)];
  const same = (x: Organization, y: Organization) => {
    const [cx, cy] = [pa(x), pb(y)];
    return x.classification === y.classification && (cx === null || cy === null || cx === cy);
  };
  // lengths[i][j]: the longest pairing of xs[i..] with ys[j..].
  const lengths = Array.from({ length: xs.length + 1 }, () => new Array<number>(ys.length + 1).fill(0));
  for (let i = xs.length - 1; i >= 0; i -= 1) {
    for (let j = ys.length - 1; j >= 0; j -= 1) {
      lengths[i]![j] = same(xs[i]!, ys[j]!) ? lengths[i + 1]![j + 1]! + 1 : Math.max(lengths[i + 1]![j]!, lengths[i]![j + 1]!);
    }
  }
  const pairs = new Map<string, string>();
  for (let i = 0, j = 0; i < xs.length && j < ys.length; ) {
    if (same(xs[i]!, ys[j]!) && lengths[i]![j] === lengths[i + 1]![j + 1]! + 1) pairs.set(xs[i++]!.id, ys[j++]!.id);
    else if (lengths[i + 1]![j]! >= lengths[i]![j + 1]!) i += 1;
    else j += 1;
  }
  return pairs;
}

/** What a person's posts on a page say: the bodies they are held in and their start dates. */
interface Posts {
  bodies: Set<string>;
  starts: Set<string>;
}

function postsByPerson(profile: Profile): Map<string, Posts> {
  const out = new Map<string, Posts>();
  for (const m of profile.memberships) {
    let posts = out.get(m.personId);
    if (!posts) out.set(m.personId, (posts = { bodies: new Set(), starts: new Set() }));
    if (m.organizationId !== null) posts.bodies.add(m.organizationId);
    if (m.startDate !== null) posts.starts.add(m.startDate);
  }
  return out;
}

/** Whether two persons' posts are the same posts: `same`, `different`, or `unknown` (nothing to compare). */
export type PostVerdict = 'same' | 'different' | 'unknown';

/**
 * Compares the posts of a person on one version with those of a person on the other: `same` when
 * they hold a post in one body (by `aligned`), `different` when both hold posts in bodies that have
 * a counterpart and none is shared, else `same` when a start date is shared ("appointed in October,
 * 2008" on both), else `unknown` (a post whose body one page does not name says nothing).
 */
export function postVerdict(a: Posts | undefined, b: Posts | undefined, aligned: ReadonlyMap<string, string>): PostVerdict {
  const counterpartsOfB = new Set(aligned.values());
  const comparableA = [...(a?.bodies ?? [])].filter((id) => aligned.has(id));
  const comparableB = [...(b?.bodies ?? [])].filter((id) => counterpartsOfB.has(id));
  if (comparableA.length && comparableB.length) return comparableA.some((id) => b!.bodies.has(aligned.get(id)!)) ? 'same' : 'different';
  return [...(a?.starts ?? [])].some((d) => b?.starts.has(d)) ? 'same' : 'unknown';
}

/**
 * The version in the kept language that `other` is a translation of: the one of its section with
 * its date, else the latest before it, else the earliest.
 */
function partnerOf(other: Version, kept: readonly Version[]): Version | undefined {
  const same = kept.filter((v) => v.info.section === other.info.section);
  const date = other.info.date ?? '';
  return same.find((v) => (v.info.date ?? '') === date) ?? same.filter((v) => (v.info.date ?? '') < date).pop() ?? same[0];
}

/** The persons of a version by each Latin key they may be matched on (family name, and given name for a swapped order). */
function byNameKey(persons: readonly Person[]): Map<string, Set<Person>> {
  const index = new Map<string, Set<Person>>();
  for (const p of persons) {
    addTo(index, latinKey(p.familyName), p);
    if (p.givenName) addTo(index, latinKey(p.givenName), p);
  }
  return index;
}

/**
 * The persons of `other` that are persons of `kept` (two language versions of one page): names
 * that agree once transliterated (in full; a given name as an initial or missing only with a post
 * held in the same body) and posts that are not different, one to one (a person of either page
 * with two fits is linked to none).
 *
 * @returns a map from the ID on `other` to the ID on `kept`
 */
export function linkVersions(kept: Version, other: Version): Map<string, string> {
  const aligned = alignBodies(kept.profile, other.profile);
  const [keptPosts, otherPosts] = [postsByPerson(kept.profile), postsByPerson(other.profile)];
  const index = byNameKey(kept.profile.persons);
  const fits = new Map<string, Set<string>>();
  const fitted = new Map<string, Set<string>>();
  for (const person of other.profile.persons) {
    for (const candidate of index.get(latinKey(person.familyName)) ?? []) {
      if (candidate.id === person.id) continue;
      const names = nameAgreement(candidate, person);
      const posts = postVerdict(keptPosts.get(candidate.id), otherPosts.get(person.id), aligned);
      if (names === 'none' || posts === 'different' || (names === 'partial' && posts !== 'same')) continue;
      addTo(fits, person.id, candidate.id);
      addTo(fitted, candidate.id, person.id);
    }
  }
  const links = new Map<string, string>();
  for (const [from, to] of fits) {
    if (to.size === 1 && fitted.get([...to][0]!)!.size === 1) links.set(from, [...to][0]!);
  }
  return links;
}

/**
 * Persons of pages in another language than the kept one (`keptLanguage`) that are persons of the
 * kept language's version of the same section (`linkVersions`): each folds into the kept
 * language's ID. A person linked to two different IDs (by two sections) stays apart, and so does
 * every person of a page whose section has no version in the kept language.
 *
 * @returns a map from the folded ID to the ID it folds into
 */
export function languageLinks(versions: readonly Version[]): Map<string, string> {
  const language = keptLanguage(versions);
  const kept = versions.filter((v) => v.info.language === language);
  const keptIds = new Set(kept.flatMap((v) => v.profile.persons.map((p) => p.id)));
  const proposed = new Map<string, Set<string>>();
  for (const other of versions.filter((v) => v.info.language !== language)) {
    const partner = partnerOf(other, kept);
    if (!partner) continue;
    for (const [from, to] of linkVersions(partner, other)) if (!keptIds.has(from)) addTo(proposed, from, to);
  }
  const links = new Map<string, string>();
  for (const [from, to] of proposed) if (to.size === 1) links.set(from, [...to][0]!);
  return links;
}

/** The orders (snapshot indexes) of the kept language, for choosing which spelling a person keeps. */
export function keptOrders(versions: readonly Version[]): Set<number> {
  const language = keptLanguage(versions);
  const orders = new Set<number>();
  versions.forEach((v, order) => {
    if (v.info.language === language) orders.add(order);
  });
  return orders;
}
