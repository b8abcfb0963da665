/**
 * The words that make a phrase a post: "Head", "Chairwoman", "Prime Minister". A line is read as
 * "Name – Title" only when its title holds one of these, so "Eurasian Home - analytical resource"
 * is not a person.
 */
const ROLE_NOUNS = [
  'President', 'Prime Minister', 'Premier', 'Minister', 'Chair', 'Chairman', 'Chairwoman', 'Chairperson',
  'Secretary', 'Head', 'Director', 'Commissioner', 'Governor', 'Adviser', 'Advisor', 'Speaker',
  'Ambassador', 'Prosecutor', 'Judge', 'Mayor', 'Akim', 'Leader', 'Chief', 'Coordinator',
  'Representative', 'Envoy', 'Assistant', 'Spokesman', 'Spokesperson', 'Ombudsman', 'Chancellor',
  'Manager', 'Member', 'Rector', 'Attorney', 'Auditor',
];

/** Words that qualify a post without naming a body: "Deputy Head", "First Vice Prime Minister". */
const ROLE_MODIFIERS = ['Deputy', 'Vice', 'First', 'Acting', 'Executive', 'Senior', 'State', 'Assistant', 'Honorary', 'Permanent'];

const ROLE_NOUN_PATTERN = new RegExp(`\\b(?:${ROLE_NOUNS.join('|')})s?\\b`, 'i');

/** True when the phrase names a post. */
export function hasRoleWord(text: string): boolean {
  return ROLE_NOUN_PATTERN.test(text);
}

/** The role at the end of a phrase with its modifiers: "Security Council Secretary" → "Secretary". */
export function trailingRole(phrase: string): { role: string; rest: string } | null {
  const words = phrase.split(' ');
  for (let start = words.length - 1; start >= 0; start -= 1) {
    const tail = words.slice(start).join(' ');
    if (!ROLE_NOUNS.some((noun) => noun.toLowerCase() === tail.toLowerCase())) continue;
    let from = start;
    while (from > 0 && ROLE_MODIFIERS.some((m) => m.toLowerCase() === words[from - 1]!.toLowerCase())) from -= 1;
    return { role: words.slice(from).join(' '), rest: words.slice(0, from).join(' ') };
  }
  return null;
}

/** A post of the head of government's cabinet: any kind of minister. */
export function isCabinetRole(role: string): boolean {
  return /\b(?:Prime Minister|Premier|Minister)\b/i.test(role);
}

/**
 * Splits a title into its role and the body it names, if it names one:
 * "Head of the Presidential Administration" → Head / Presidential Administration;
 * "Security Council Secretary" → Secretary / Security Council; "Foreign Minister" → Minister / Foreign.
 */
export function splitTitle(title: string): { role: string; bodyRef: string | null } {
  const of = /^(.+?)\s+of\s+(?:the\s+)?(.+)$/i.exec(title);
  if (of && hasRoleWord(of[1]!)) return { role: of[1]!, bodyRef: of[2]! };
  const trailing = trailingRole(title);
  if (trailing && trailing.rest) return { role: trailing.role, bodyRef: trailing.rest };
  return { role: title, bodyRef: null };
}
