import { isNameWord } from './prose-person.js';

/**
 * Family names by their endings, as the region writes them in English: Akhmetov, Aliyeva,
 * Kolomoisky, Tsarukyan, Saakashvili, Nazarbayev. A name with no such ending (Zhvania, Firtash) is
 * read only where a rule sees a post.
 */
const FAMILY_ENDING = /(?:ov|ova|ev|eva|yov|yova|enko|chuk|yuk|uk|sky|skiy|skaya|ski|vich|yan|ian|shvili|dze|uly|zade|bayev|bayeva|iyev|iyeva)$/;

/** Capitalized words that open a sentence before a surname: "Under Bakiyev the southern clan …". */
const OPENERS = new Set(['Under', 'Unlike', 'Like', 'With', 'Without', 'Through', 'Against', 'Among', 'Between', 'Despite', 'Following', 'Besides', 'Except', 'Behind', 'Beside', 'Near', 'Including', 'Unless', 'Until', 'Whereas', 'Although', 'Though', 'If', 'Once', 'Whether', 'Both', 'Neither', 'Either', 'Only', 'Even', 'Dear', 'President', 'Comrade']);

/** Words before a name that are no part of it: "First Lady Mehriban Aliyeva". */
const HONORIFICS = new Set(['Lady', 'Sir', 'Madame', 'Mister', 'Madam', 'Billionaire', 'Oligarch', 'Businessman', 'Tycoon']);

/** "Rinat Akhmetov", "Mehriban Aliyeva": a given name and a family name of the region's shape. */
const PAIR = /(?<![\p{L}'’.-])(\p{Lu}\p{Ll}{2,})\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?:['’]s)?(?![\p{L}'’-]|\s+\p{Lu})/gu;

/**
 * People the analysis names with no post ("the group of Rinat Akhmetov", "relatives of First Lady
 * Mehriban Aliyeva", "such as Vladimir Peftiev"): two capitalized words, neither a body's, a
 * country's or a post's word, the second with a family name's ending. Three words in a row are no
 * such pair (a body, or a name with a patronymic that the line rules read).
 */
export function findBareNames(sentence: string): string[] {
  const names: string[] = [];
  for (const match of sentence.matchAll(PAIR)) {
    const [given, family] = [match[1]!, match[2]!];
    if (!isNameWord(given) || !isNameWord(family) || !FAMILY_ENDING.test(family) || OPENERS.has(given)) continue;
    // "Karim Kazhimkhanovich Masimov": the pair is the end of a longer name, which the line rules read.
    // (The word before, from the last 60 characters only: a long paragraph stays linear.)
    const before = /(\p{Lu}[\p{L}'’-]*)\s+$/u.exec(sentence.slice(Math.max(0, match.index - 60), match.index))?.[1];
    if (before && isNameWord(before) && !HONORIFICS.has(before)) continue;
    const name = `${given} ${family}`;
    if (!names.includes(name)) names.push(name);
  }
  return names;
}
