import type { OrganizationClassification, Provenance } from '@profiles/model';
import { normalizeKeyPart } from '@profiles/model';
import { stripArticle } from './normalize.js';
import { allWords, lexiconOfWord } from './lexicon/index.js';

/** A body found on the page, before IDs are assigned. */
export interface OrgDraft {
  name: string;
  classification: OrganizationClassification;
  abbreviation: string | null;
  founded: string | null;
  predecessor: OrgDraft | null;
  description: string[];
  website: string | null;
  aliases: Set<string>;
  provenance: Provenance[];
  /** Named "under the President …", or of a kind the template places under the head of state. */
  underHeadOfState: boolean;
  /** The name came from a heading: a sentence that defines the body may give its fuller name. */
  namedByHeading: boolean;
}

const STOPWORDS = new Set(allWords((l) => l.stopwords));

const stemCache = new Map<string, string[]>();

/**
 * Word stems for matching names, each by its own lexicon: "Presidential" and "President" meet,
 * plurals fold, and "Администрации Президента" finds "Администрация Президента".
 */
function stems(text: string): string[] {
  let found = stemCache.get(text);
  if (!found) {
    found = normalizeKeyPart(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !STOPWORDS.has(w))
      .map((w) => lexiconOfWord(w).stem(w));
    if (stemCache.size > 100_000) stemCache.clear();
    stemCache.set(text, found);
  }
  return found;
}

/** A name's stems as a set, written out: names of the same words in another order share it. */
function signature(name: string): string {
  return [...new Set(stems(name))].sort().join(' ');
}

/** The bodies of one page, findable by any name the page gives them. */
export class OrgIndex {
  readonly all: OrgDraft[] = [];
  /** Each body by the folded form of its name and of every alias. */
  private readonly byKey = new Map<string, OrgDraft>();
  /** Each stem of a body's names, with the bodies whose names hold it (for `find`). */
  private readonly byStem = new Map<string, Set<OrgDraft>>();
  /** Each body by the set of its name's stems. */
  private readonly bySignature = new Map<string, OrgDraft>();
  /** Each body's place in `all`, to break ties in page order. */
  private readonly order = new Map<OrgDraft, number>();

  private index(org: OrgDraft, name: string): void {
    const key = normalizeKeyPart(stripArticle(name));
    if (!this.byKey.has(key)) this.byKey.set(key, org);
    const sig = signature(name);
    if (sig && !this.bySignature.has(sig)) this.bySignature.set(sig, org);
    for (const stem of stems(name)) {
      let set = this.byStem.get(stem);
      if (!set) this.byStem.set(stem, (set = new Set()));
      set.add(org);
    }
  }

  /** The body with exactly this name or alias (ignoring case, accents and a leading "the"). */
  byName(name: string): OrgDraft | undefined {
    const key = normalizeKeyPart(stripArticle(name));
    return this.byKey.get(key);
  }

  /** Gives a body a fuller name; the old one stays an alias. */
  rename(org: OrgDraft, name: string): void {
    this.addAlias(org, org.name);
    org.name = stripArticle(name);
    this.index(org, org.name);
  }

  /** Another name for a body ("AP"), findable from now on. */
  addAlias(org: OrgDraft, alias: string): void {
    org.aliases.add(alias);
    this.index(org, alias);
  }

  /** The body whose names have exactly these stems ("Presidential Administration", "Administration of the President"). */
  private byStems(name: string): OrgDraft | undefined {
    const wanted = signature(name);
    return wanted ? this.bySignature.get(wanted) : undefined;
  }

  /**
   * Adds a body, or returns the one already known by that name (or by a name of the same words,
   * "Presidential Administration" for "Administration of the President"). A sentence that defines
   * a body (`defining`) names it better than a heading did: the heading's name becomes an alias.
   */
  add(name: string, classification: OrganizationClassification, where: Provenance, options: { defining?: boolean; heading?: boolean } = {}): OrgDraft {
    const existing = this.byName(name) ?? this.byStems(name);
    if (existing && options.defining && existing.namedByHeading && normalizeKeyPart(existing.name) !== normalizeKeyPart(stripArticle(name))) {
      existing.aliases.add(existing.name);
      existing.name = stripArticle(name);
      existing.namedByHeading = false;
      this.index(existing, existing.name);
    }
    if (existing) {
      const last = existing.provenance[existing.provenance.length - 1];
      if (!(last && last.line === where.line && last.quote === where.quote) && !existing.provenance.some((p) => p.line === where.line && p.quote === where.quote)) existing.provenance.push(where);
      return existing;
    }
    const org: OrgDraft = {
      name: stripArticle(name),
      classification,
      abbreviation: null,
      founded: null,
      predecessor: null,
      description: [],
      website: null,
      aliases: new Set(),
      provenance: [where],
      underHeadOfState: false,
      namedByHeading: options.heading ?? false,
    };
    this.order.set(org, this.all.length);
    this.all.push(org);
    this.index(org, org.name);
    return org;
  }

  /** True when every word of a body's name is in the phrase: "Совет обороны" is short for "Совет обороны Кыргызской Республики". */
  isShortFor(org: OrgDraft, phrase: string): boolean {
    const words = new Set(stems(phrase));
    const own = stems(org.name);
    return own.length > 0 && own.every((stem) => words.has(stem));
  }

  ofClass(classification: OrganizationClassification): OrgDraft | undefined {
    return this.all.find((org) => org.classification === classification);
  }

  /**
   * The body a phrase refers to: an exact name first, then the bodies whose names hold every word
   * of the phrase ("Commission for Family and Women" → "National Commission for Family and Women
   * under the President …"; "Presidential Administration" → "Administration of the President").
   * Among several, the preferred one (the body the line stands under), else the shortest name.
   */
  find(phrase: string, options: { preferred?: OrgDraft | null; among?: (org: OrgDraft) => boolean } = {}): OrgDraft | undefined {
    const among = options.among ?? (() => true);
    const exact = this.byName(phrase);
    if (exact && among(exact)) return exact;
    const wanted = stems(phrase);
    if (!wanted.length) return undefined;
    // The bodies holding every wanted stem: the smallest stem set, filtered by the others.
    const sets = wanted.map((w) => this.byStem.get(w));
    if (sets.some((set) => !set)) return undefined;
    const [smallest, ...others] = (sets as Array<Set<OrgDraft>>).sort((a, b) => a.size - b.size);
    const candidates = [...smallest!].filter((org) => among(org) && others.every((set) => set.has(org)));
    if (options.preferred && candidates.includes(options.preferred)) return options.preferred;
    return candidates.sort((a, b) => a.name.length - b.name.length || this.order.get(a)! - this.order.get(b)!)[0];
  }
}
