import type { Profile } from '@profiles/model';
import type { Dictionary, DictionaryTable } from './dictionary.js';
import { archiveName } from './manifest.js';
import { SCHEMA_PATH } from './schema-check.js';

/** A Markdown table cell: one line, pipes escaped, no markup taken as HTML. */
function cell(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/</g, '&lt;');
}

/** Inline code that may hold any text (a pattern with backticks or pipes). */
function code(text: string): string {
  const escaped = text.replace(/\|/g, '\\|');
  const fence = escaped.includes('`') ? '`` ' : '`';
  return `${fence}${escaped}${fence === '`` ' ? ' ``' : '`'}`;
}

function tableSection(table: DictionaryTable, rows: number | null): string[] {
  const lines = [`### ${table.name}`, '', `\`${table.path}\`${rows === null ? '' : `, ${rows} row${rows === 1 ? '' : 's'}`}. ${cell(table.description)}`, ''];
  if (table.primaryKey.length) lines.push(`Primary key: ${table.primaryKey.map(code).join(', ')}.${table.foreignKeys.length ? ` References: ${table.foreignKeys.map(code).join(', ')}.` : ''}`, '');
  lines.push('| Column | Type | Required | Meaning | Values |', '| --- | --- | --- | --- | --- |');
  for (const c of table.columns) {
    const type = c.format ? `${c.type} (${c.format})` : c.type;
    lines.push(`| ${code(c.name)} | ${type} | ${c.required ? 'yes' : 'no'}${c.unique ? ', unique' : ''} | ${cell(c.description)} | ${c.constraints ? cell(c.constraints) : ''} |`);
  }
  lines.push('');
  return lines;
}

export interface ReadmeInput {
  version: string;
  profiles: readonly Profile[];
  dictionary: Dictionary;
  /** Data rows of each table, by path (`csv/persons.csv`). */
  rows: ReadonlyMap<string, number>;
}

/**
 * The README of a release: what the dataset is, what each folder holds, the data dictionary
 * (rendered from the table schema, see `readDictionary`), the licence, how to cite it, how to check
 * the checksums and how to rebuild it from the raw pages it includes.
 */
export function releaseReadme({ version, profiles, dictionary, rows }: ReadmeInput): string {
  const archive = archiveName(version);
  const top = archive.replace(/\.tar\.gz$/, '');
  const publishers = [...new Set(profiles.map((p) => p.source.publisher).filter((p): p is string => p !== null))].sort();
  const lines = [
    `# country-profiles ${version}`,
    '',
    `${cell(dictionary.title)}. ${profiles.length} page${profiles.length === 1 ? '' : 's'} of ${new Set(profiles.map((p) => p.source.country.code)).size} ${new Set(profiles.map((p) => p.source.country.code)).size === 1 ? 'country' : 'countries'}, turned into a validated dataset of persons, government bodies, posts held, elections and referendums, tasks, survey figures, groups and materials, every record with the line of the page it came from.`,
    '',
    'Open `index.html` in a browser for the files, their checksums, a preview of each table, this data dictionary and the changelog; it works offline.',
    '',
    '## What is in it',
    '',
    '| Path | What |',
    '| --- | --- |',
    '| `csv/` | one table per record kind across all pages, plus `sources.csv`, `provenance.csv` and `issues.csv`; `csv/datapackage.json` is a Frictionless Data Package v2 (types, keys) |',
    '| `model/<country>/<section>.json` | the canonical model of each page, one JSON file per page |',
    `| \`${SCHEMA_PATH}\` | the JSON Schema (draft 2020-12) of a model file |`,
    '| `jsonld/` | linked data (W3C ORG and schema.org), with `context.jsonld` and the SHACL shapes `shapes.ttl` |',
    '| `markdown/` | readable pages, one per source page, and an index |',
    '| `raw/` | the pages the release was built from, byte for byte |',
    '| `manifest.json` | the version, the pages with their SHA-256, every file with its SHA-256, size and row count, the changes since the previous release |',
    '| `CHANGELOG.md` | what changed in each release |',
    '| `LICENSE` | the data licence |',
    '| `SHA256SUMS` | the SHA-256 of every file |',
    `| \`${archive}\`, \`index.html\` | in the release folder, not in the archive: the whole release as one archive, and the download page |`,
    '',
    '## Pages',
    '',
    '| Page | Country | Section | Publisher | Newest date |',
    '| --- | --- | --- | --- | --- |',
    ...[...profiles]
      .sort((a, b) => (a.source.file < b.source.file ? -1 : a.source.file > b.source.file ? 1 : 0))
      .map(({ source }) => `| \`${cell(source.file)}\` | ${cell(source.country.name)} (${source.country.code}) | ${cell(source.section)} | ${cell(source.publisher ?? '')} | ${source.latestDate ?? ''} |`),
    '',
    '## Data dictionary',
    '',
    'Generated from the table schema in `csv/datapackage.json`. Every table is UTF-8, RFC 4180 with CRLF line ends, sorted by its primary key; an empty cell is a missing value; dates keep the precision the page gives (`YYYY`, `YYYY-MM` or `YYYY-MM-DD`). A record keeps its ID on every page of its country, so a table is keyed by `source_id` and `id`.',
    '',
    ...dictionary.tables.flatMap((t) => tableSection(t, rows.get(t.path) ?? null)),
    '## Model files and their schema',
    '',
    `Each \`model/<country>/<section>.json\` holds one page: its \`source\` and one array per record kind. \`${SCHEMA_PATH}\` is its JSON Schema, generated from the model's own definitions; any JSON Schema validator checks it, e.g. with Ajv:`,
    '',
    '```sh',
    `npx ajv-cli validate --spec=draft2020 -c ajv-formats -s ${SCHEMA_PATH} -d "model/**/*.json"`,
    '```',
    '',
    '## Licence',
    '',
    `The compilation is under the Open Data Commons Attribution License (ODC-BY) 1.0; the page text quoted in it (provenance, notes, \`raw/\`) belongs to its publisher${publishers.length ? ` (${publishers.map(cell).join(', ')})` : ''}. See \`LICENSE\`.`,
    '',
    '## How to cite',
    '',
    `> country-profiles ${version}: political-system country profiles as open data. Compiled from the pages of ${publishers.length ? publishers.map(cell).join(', ') : 'their publishers'}. ODC-BY 1.0. File \`${archive}\`, SHA-256 in \`SHA256SUMS\`.`,
    '',
    '## Check the files',
    '',
    'In this folder, every file against its checksum (GNU coreutils; `shasum -a 256 -c SHA256SUMS` on macOS):',
    '',
    '```sh',
    'sha256sum -c SHA256SUMS',
    '```',
    '',
    `The archive is listed in the SHA256SUMS beside it and unpacks into \`${top}/\`, which holds its own \`SHA256SUMS\` of the files inside:`,
    '',
    '```sh',
    `sha256sum -c --ignore-missing SHA256SUMS && tar -xzf ${archive} && cd ${top} && sha256sum -c SHA256SUMS`,
    '```',
    '',
    '## Rebuild it',
    '',
    `The release is reproducible: the same raw pages give the same bytes, the archive included. With the country-profiles repository at the commit that made this release (Node.js 20.19 or newer), and \`RELEASE\` the folder of this release (or of its unpacked archive):`,
    '',
    '```sh',
    'npm ci',
    `npx profiles release --raw "$RELEASE/raw" --out rebuilt --version ${version}`,
    'cmp rebuilt/SHA256SUMS SHA256SUMS    # the SHA256SUMS published beside the archive: no output, the same files',
    '```',
    '',
    'The changelog and the version depend on the previous release as well: give it with `--previous` to rebuild those too.',
    '',
  ];
  return lines.join('\n');
}
