// Deterministic corpus of profile pages in the template, made from the HTML fixtures: other
// countries, invented people (same name shapes), fewer or more bodies and ministries, shifted years.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import iconv from 'iconv-lite';
import { ingestPage } from '../packages/ingest/lib/index.js';

const fixture = (name) => fileURLToPath(new URL(`../packages/ingest/src/fixtures/${name}`, import.meta.url));

/** Countries whose English names the ingest's breadcrumb check knows (i18n-iso-countries). */
export const COUNTRIES = [
  ['am', 'Armenia'], ['az', 'Azerbaijan'], ['by', 'Belarus'], ['ge', 'Georgia'], ['kg', 'Kyrgyzstan'],
  ['tm', 'Turkmenistan'], ['uz', 'Uzbekistan'], ['ua', 'Ukraine'], ['mn', 'Mongolia'], ['kz', 'Kazakhstan'],
  ['tj', 'Tajikistan'], ['lv', 'Latvia'], ['lt', 'Lithuania'], ['ee', 'Estonia'], ['ro', 'Romania'],
  ['bg', 'Bulgaria'], ['rs', 'Serbia'], ['al', 'Albania'], ['si', 'Slovenia'], ['hr', 'Croatia'],
  ['sk', 'Slovakia'], ['pl', 'Poland'], ['hu', 'Hungary'],
];

/** mulberry32: a small seeded generator, so the corpus is the same on every run. */
export function random(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const SYLLABLES = ['ka', 'ra', 'nur', 'bek', 'al', 'tem', 'sa', 'dy', 'mir', 'zho', 'tal', 'gul', 'ai', 'er', 'bo', 'lat', 'ser', 'ik', 'man', 'shy'];
const capital = (s) => s.charAt(0).toUpperCase() + s.slice(1);

function word(rnd, parts) {
  let w = '';
  for (let i = 0; i < parts; i += 1) w += SYLLABLES[Math.floor(rnd() * SYLLABLES.length)];
  return capital(w);
}

/** The template's names and country as found by the ingest, so they can be replaced consistently. */
function templateOf(html, country, countryName) {
  const profile = ingestPage({ file: `raw/${country}/t.html`, country, section: 't', format: 'html', bytes: Buffer.from(html), meta: null });
  const words = new Map();
  for (const p of profile.persons) {
    if (p.familyName) words.set(p.familyName, p.familyName.endsWith('a') ? 'family-f' : 'family');
    if (p.givenName) words.set(p.givenName, 'given');
    if (p.patronymic) words.set(p.patronymic, p.patronymic.endsWith('a') ? 'patronymic-f' : 'patronymic');
  }
  return { html, countryName, words };
}

function templates() {
  const kz = iconv.decode(readFileSync(fixture('kz-executive-branch.win1251.html')), 'windows-1251').replace(/charset=windows-1251/i, 'charset=utf-8');
  const tj = readFileSync(fixture('xx-other-country.html'), 'utf8');
  return [templateOf(kz, 'kz', 'Kazakhstan'), templateOf(tj, 'tj', 'Tajikistan')];
}

/** A new name of the same shape as the one it replaces. */
function inventName(rnd, kind) {
  const stem = word(rnd, 2 + Math.floor(rnd() * 2));
  if (kind === 'family') return `${stem}${['ov', 'ev', 'bayev', 'in'][Math.floor(rnd() * 4)]}`;
  if (kind === 'family-f') return `${stem}${['ova', 'eva', 'ina'][Math.floor(rnd() * 3)]}`;
  if (kind === 'patronymic') return `${stem}${['ovich', 'evich', 'ovitch'][Math.floor(rnd() * 3)]}`;
  if (kind === 'patronymic-f') return `${stem}${['ovna', 'evna'][Math.floor(rnd() * 2)]}`;
  return stem;
}

/** Drops a share of the advisory bodies (h3 sections) and of the ministry site lines. */
function varyStructure(html, rnd) {
  const withoutBodies = html.replace(/<h3>[\s\S]*?(?=<h3>|<h2>)/g, (section) => (rnd() < 0.25 ? '' : section));
  return withoutBodies.replace(/<p>Ministry of [^<]*<a [^>]*>[^<]*<\/a><\/p>\n?/g, (line) => (rnd() < 0.3 ? '' : line));
}

/**
 * `count` pages, deterministic for a seed. Each is `{ country, section, html }` (a decoded string)
 * and ingests into a valid profile.
 */
export function makeCorpus(count, seed = 20261126) {
  const rnd = random(seed);
  const bases = templates();
  const pages = [];
  for (let i = 0; i < count; i += 1) {
    const base = bases[i % bases.length];
    const [country, countryName] = COUNTRIES[Math.floor(rnd() * COUNTRIES.length)];
    const replacements = new Map([...base.words].map(([old, kind]) => [old, inventName(rnd, kind)]));
    const shift = Math.floor(rnd() * 6);
    let html = varyStructure(base.html, rnd)
      .replaceAll(base.countryName, countryName)
      .replace(/\b(19[5-9]\d|20[01]\d)\b/g, (year) => String(Number(year) + shift));
    html = html.replace(/\p{Lu}[\p{L}’']+/gu, (w) => replacements.get(w) ?? w);
    pages.push({ country, section: `executive-branch-${String(i).padStart(5, '0')}`, html });
  }
  return pages;
}
