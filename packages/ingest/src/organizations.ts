import type { OrganizationClassification, Provenance } from '@profiles/model';
import { normalizeKeyPart } from '@profiles/model';
import { stripArticle } from './normalize.js';

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
}

const STOPWORDS = new Set(['of', 'the', 'and', 'for', 'on', 'in', 'under', 'to', 'a', 'an']);

const stemCache = new Map<string, string[]>();

/** Word stems for matching names: "Presidential" and "President" meet, plurals fold. */
function stems(text: string): string[] {
  let found = stemCache.get(text);
  if (!found) {
    found = normalizeKeyPart(text)
      .split(/[^\p{L}\p{N}]+/u)
      .filter((w) => w && !STOPWORDS.has(w))
      .map((w) => w.replace(/(?:ial|al)$/, '').replace(/(?:ies)$/, 'y').replace(/s$/, ''));
    if (stemCache.size > 100_000) stemCache.clear();
    stemCache.set(text, found);
  }
  return found;
}

/** The bodies of one page, findable by any name the page gives them. */
export class OrgIndex {
  readonly all: OrgDraft[] = [];
  /** The folded name of each body in `all`, at the same index (a body's name never changes). */
  private readonly nameKeys: string[] = [];

  /** The body with exactly this name or alias (ignoring case, accents and a leading "the"). */
  byName(name: string): OrgDraft | undefined {
    const key = normalizeKeyPart(stripArticle(name));
    for (let i = 0; i < this.all.length; i++) {
      const org = this.all[i]!;
      if ((this.nameKeys[i] ??= normalizeKeyPart(org.name)) === key) return org;
      for (const alias of org.aliases) if (normalizeKeyPart(alias) === key) return org;
    }
    return undefined;
  }

  /** Adds a body, or returns the one already known by that name. */
  add(name: string, classification: OrganizationClassification, where: Provenance): OrgDraft {
    const existing = this.byName(name);
    if (existing) {
      if (!existing.provenance.some((p) => p.line === where.line && p.quote === where.quote)) existing.provenance.push(where);
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
    };
    this.all.push(org);
    this.nameKeys.push(normalizeKeyPart(org.name));
    return org;
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
    const candidates = this.all.filter((org) => {
      if (!among(org)) return false;
      // Every wanted stem is a stem of the name or of an alias.
      const nameStems = stems(org.name);
      return wanted.every((w) => {
        if (nameStems.includes(w)) return true;
        for (const alias of org.aliases) if (stems(alias).includes(w)) return true;
        return false;
      });
    });
    if (options.preferred && candidates.includes(options.preferred)) return options.preferred;
    return candidates.sort((a, b) => a.name.length - b.name.length)[0];
  }
}
