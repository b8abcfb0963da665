import { parse } from 'csv-parse/sync';
import { micromark } from 'micromark';
import { gfmTable, gfmTableHtml } from 'micromark-extension-gfm-table';
import type { Profile } from '@profiles/model';
import type { Dictionary } from './dictionary.js';
import { byPath, bytesOf, type ReleaseFiles } from './files.js';
import type { Manifest } from './manifest.js';
import { byteLength, sha256 } from './sha256.js';

/** Rows of each table the page shows. */
export const PREVIEW_ROWS = 5;
/** The longest a preview cell grows before it is cut (with an ellipsis). */
const PREVIEW_CELL_CHARS = 120;

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/** A relative link to a file of the folder: each path segment percent-encoded. */
const href = (path: string) => path.split('/').map(encodeURIComponent).join('/');

/** An id for an HTML anchor made of a table name. */
const anchor = (prefix: string, name: string) => `${prefix}-${name.replace(/[^A-Za-z0-9_-]/g, '-')}`;

/** A count with thousands separators, the same on every machine (no locale data involved). */
const grouped = (n: number) => String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ',');

function size(bytes: number): string {
  const digits = grouped(bytes);
  if (bytes < 1024) return `${digits} B`;
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${digits} B (${value.toFixed(1)} ${units[unit]})`;
}

/** The changelog as HTML: its entries only (not its title), headings moved one level down, no raw HTML. */
function changelogHtml(changelog: string): string {
  const start = changelog.search(/^## /m);
  const entries = (start === -1 ? '' : changelog.slice(start)).replace(/^(#{1,5}) /gm, '#$1 ');
  return micromark(entries, { extensions: [gfmTable()], htmlExtensions: [gfmTableHtml()] });
}

export interface IndexHtmlInput {
  manifest: Manifest;
  profiles: readonly Profile[];
  dictionary: Dictionary;
  /** Every file the page lists (all of SHA256SUMS but the page itself), by path. */
  files: ReleaseFiles;
  changelog: string;
}

const STYLE = `
:root { color-scheme: light dark; --line: #8884; --muted: #666; --accent: #0a58ca; }
@media (prefers-color-scheme: dark) { :root { --muted: #aaa; --accent: #6ea8fe; } }
* { box-sizing: border-box; }
body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0; }
header, main, footer { max-width: 72rem; margin: 0 auto; padding: 0 1rem; }
header { padding-top: 1.5rem; }
h1 { margin: 0 0 .25rem; font-size: 1.9rem; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid var(--line); padding-bottom: .25rem; }
a { color: var(--accent); }
nav ul { list-style: none; padding: 0; display: flex; flex-wrap: wrap; gap: .25rem 1.25rem; }
.download { display: inline-block; padding: .6rem 1rem; border: 2px solid var(--accent); border-radius: .4rem; font-weight: 600; text-decoration: none; }
.muted, caption { color: var(--muted); }
caption { text-align: left; padding: .25rem 0; caption-side: top; }
.scroll { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: .5rem 0 1rem; font-size: .9rem; }
th, td { border: 1px solid var(--line); padding: .25rem .5rem; text-align: left; vertical-align: top; }
thead th { background: #8881; }
td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
code { font: .85rem/1.4 ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; }
code.sha256 { word-break: break-all; }
pre { overflow-x: auto; padding: .75rem; border: 1px solid var(--line); }
.changelog h3 { margin-top: 1.75rem; }
.preview td { max-width: 22rem; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
footer { margin: 3rem auto 2rem; color: var(--muted); font-size: .9rem; }
`;

/**
 * The download page of a release (`index.html`): one static HTML file with no external asset
 * (inline style, no script), readable offline from the folder. It lists every file with its size,
 * SHA-256 (as SHA256SUMS has it) and row count, previews the first rows of each table, renders the
 * data dictionary and the changelog, and links only files of the folder and anchors of the page.
 * Headings in order, tables with captions and header cells, `lang="en"`.
 */
/** The page's head and header: title, what the release holds, and the table of contents. */
function headerHtml({ manifest, profiles, dictionary }: IndexHtmlInput, tableCount: number): string[] {
  const { version } = manifest;
  return [
    '<!doctype html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>country-profiles ${escapeHtml(version)}: download</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<header>',
    `<h1>country-profiles ${escapeHtml(version)}</h1>`,
    `<p>${escapeHtml(dictionary.title)}: ${profiles.length} page${profiles.length === 1 ? '' : 's'}, ${tableCount} tables. Schema version ${manifest.schemaVersion}${manifest.previousVersion ? `; previous release ${escapeHtml(manifest.previousVersion)}` : '; initial release'}.</p>`,
    '<nav aria-label="On this page"><ul>',
    ...[
      ['download', 'Download'],
      ['files', 'Files'],
      ['pages', 'Pages'],
      ['preview', 'Table previews'],
      ['dictionary', 'Data dictionary'],
      ['changelog', 'Changelog'],
      ['licence', 'Licence'],
    ].map(([id, label]) => `<li><a href="#${id}">${label}</a></li>`),
    '</ul></nav>',
    '</header>',
    '<main>',
  ];
}

/** The download section: the archive, its checksum, and how to check it. */
function downloadHtml(archive: string, archiveBytes: ReturnType<ReleaseFiles['get']>): string[] {
  return [
    '<section id="download" aria-labelledby="download-heading">',
    '<h2 id="download-heading">Download</h2>',
    ...(archiveBytes === undefined
      ? []
      : [
          `<p><a class="download" href="${href(archive)}" download>${escapeHtml(archive)}</a> <span class="muted">${size(byteLength(archiveBytes))}, the whole release in one archive</span></p>`,
          `<p>SHA-256 <code class="sha256">${sha256(archiveBytes)}</code></p>`,
        ]),
    `<p>Check what you downloaded against <a href="SHA256SUMS">SHA256SUMS</a>: <code>sha256sum -c SHA256SUMS</code> in this folder. <a href="manifest.json">manifest.json</a> describes the release for programs; <a href="README.md">README.md</a> is this page's text for reading offline; <a href="LICENSE">LICENSE</a> is the data licence.</p>`,
    '</section>',
  ];
}

/** Every file of the release with its size, rows and checksum. */
function filesHtml(files: IndexHtmlInput['files'], rowsOf: ReadonlyMap<string, number>): string[] {
  const out = [
    '<section id="files" aria-labelledby="files-heading">',
    '<h2 id="files-heading">Files</h2>',
    '<div class="scroll">',
    '<table id="file-list">',
    `<caption>Every file of the release (${files.size}), as SHA256SUMS lists it; rows are a table's data rows, the header not counted.</caption>`,
    '<thead><tr><th scope="col">File</th><th scope="col">Size</th><th scope="col">Rows</th><th scope="col">SHA-256</th></tr></thead>',
    '<tbody>',
  ];
  for (const path of [...files.keys()].sort(byPath)) {
    const content = files.get(path)!;
    const rows = rowsOf.get(path);
    out.push(
      `<tr data-path="${escapeHtml(path)}"><th scope="row"><a href="${href(path)}">${escapeHtml(path)}</a></th><td class="num" data-bytes="${byteLength(content)}">${size(byteLength(content))}</td><td class="num">${rows === undefined ? '<span aria-label="not a table">–</span>' : grouped(rows)}</td><td><code class="sha256">${sha256(content)}</code></td></tr>`,
    );
  }
  out.push('</tbody>', '</table>', '</div>', '</section>');
  return out;
}

/** The source pages the release was built from. */
function pagesHtml(profiles: IndexHtmlInput['profiles'], files: IndexHtmlInput['files']): string[] {
  return [
    '<section id="pages" aria-labelledby="pages-heading">',
    '<h2 id="pages-heading">Pages</h2>',
    '<div class="scroll"><table>',
    '<caption>The source pages the release was built from; each is in raw/, byte for byte.</caption>',
    '<thead><tr><th scope="col">Page</th><th scope="col">Country</th><th scope="col">Section</th><th scope="col">Publisher</th><th scope="col">Newest date</th></tr></thead>',
    '<tbody>',
    ...[...profiles]
      .sort((a, b) => byPath(a.source.file, b.source.file))
      .map(({ source }) => {
        const link = files.has(source.file) ? `<a href="${href(source.file)}">${escapeHtml(source.file)}</a>` : escapeHtml(source.file);
        const url = source.url ? ` <span class="muted">(${escapeHtml(source.url)})</span>` : '';
        return `<tr><th scope="row">${link}</th><td>${escapeHtml(source.country.name)} (${source.country.code})</td><td>${escapeHtml(source.section)}${url}</td><td>${escapeHtml(source.publisher ?? '')}</td><td>${source.latestDate ?? ''}</td></tr>`;
      }),
    '</tbody>',
    '</table></div>',
    '</section>',
  ];
}

/** The first rows of each table. */
function previewHtml(tables: Dictionary['tables'], files: IndexHtmlInput['files'], rowsOf: ReadonlyMap<string, number>): string[] {
  const out = ['<section id="preview" aria-labelledby="preview-heading">', '<h2 id="preview-heading">Table previews</h2>'];
  for (const table of tables) {
    const text = bytesOf(files.get(table.path)!).toString('utf8');
    const records = parse(text, { bom: true, relax_column_count: true, to: PREVIEW_ROWS + 1 }) as string[][];
    const [header = [], ...rows] = records;
    const shown = rows.slice(0, PREVIEW_ROWS);
    const total = rowsOf.get(table.path) ?? rows.length;
    out.push(
      `<h3 id="${anchor('preview', table.name)}">${escapeHtml(table.name)} <a href="#${anchor('dictionary', table.name)}" class="muted">(columns)</a></h3>`,
      `<div class="scroll" role="region" aria-label="Preview of ${escapeHtml(table.path)}" tabindex="0"><table class="preview">`,
      `<caption>${shown.length === total ? `All ${total} rows` : `The first ${shown.length} of ${grouped(total)} rows`} of <a href="${href(table.path)}">${escapeHtml(table.path)}</a></caption>`,
      `<thead><tr>${header.map((h) => `<th scope="col">${escapeHtml(h)}</th>`).join('')}</tr></thead>`,
      '<tbody>',
      ...shown.map((row) => `<tr>${row.map((v) => `<td>${escapeHtml(v.length > PREVIEW_CELL_CHARS ? `${v.slice(0, PREVIEW_CELL_CHARS - 1)}…` : v)}</td>`).join('')}</tr>`),
      '</tbody>',
      '</table></div>',
    );
  }
  out.push('</section>');
  return out;
}

/** Each table's columns, from the table schema. */
function dictionaryHtml(tables: Dictionary['tables']): string[] {
  const out = [
    '<section id="dictionary" aria-labelledby="dictionary-heading">',
    '<h2 id="dictionary-heading">Data dictionary</h2>',
    `<p>From the table schema in <a href="csv/datapackage.json">csv/datapackage.json</a> (Frictionless Data Package v2). The model files follow the JSON Schema <a href="schema/profile.schema.json">schema/profile.schema.json</a>.</p>`,
  ];
  for (const table of tables) {
    out.push(
      `<h3 id="${anchor('dictionary', table.name)}">${escapeHtml(table.name)}</h3>`,
      `<p>${escapeHtml(table.description)}</p>`,
      table.primaryKey.length ? `<p>Primary key: ${table.primaryKey.map((k) => `<code>${escapeHtml(k)}</code>`).join(', ')}.${table.foreignKeys.length ? ` References: ${table.foreignKeys.map((k) => `<code>${escapeHtml(k)}</code>`).join(', ')}.` : ''}</p>` : '',
      '<div class="scroll"><table>',
      `<caption>Columns of <a href="${href(table.path)}">${escapeHtml(table.path)}</a></caption>`,
      '<thead><tr><th scope="col">Column</th><th scope="col">Type</th><th scope="col">Required</th><th scope="col">Meaning</th><th scope="col">Values</th></tr></thead>',
      '<tbody>',
      ...table.columns.map(
        (c) =>
          `<tr><th scope="row"><code>${escapeHtml(c.name)}</code></th><td>${escapeHtml(c.format ? `${c.type} (${c.format})` : c.type)}</td><td>${c.required ? 'yes' : 'no'}${c.unique ? ', unique' : ''}</td><td>${escapeHtml(c.description)}</td><td>${escapeHtml(c.constraints)}</td></tr>`,
      ),
      '</tbody>',
      '</table></div>',
    );
  }
  out.push('</section>');
  return out;
}

/** The changelog, the licence and the footer. */
function closingHtml(version: string, changelog: IndexHtmlInput['changelog']): string[] {
  return [
    '<section id="changelog" class="changelog" aria-labelledby="changelog-heading">', '<h2 id="changelog-heading">Changelog</h2>', changelogHtml(changelog).trimEnd(), '</section>',
    '<section id="licence" aria-labelledby="licence-heading">',
    '<h2 id="licence-heading">Licence</h2>',
    `<p>The compilation is under the <a href="LICENSE">Open Data Commons Attribution License (ODC-BY) 1.0</a>. The page text quoted in it (provenance, notes, the raw pages) belongs to its publisher, who keeps its rights.</p>`,
    '</section>',
    '</main>',
    `<footer><p>country-profiles ${escapeHtml(version)}. This page is generated with the release; it needs no network.</p></footer>`,
    '</body>',
    '</html>',
    '',
  ];
}

export function indexHtml({ manifest, profiles, dictionary, files, changelog }: IndexHtmlInput): string {
  const { version, archive } = manifest;
  const rowsOf = new Map(manifest.files.filter((f) => f.rows !== undefined).map((f) => [f.path, f.rows!]));
  const tables = dictionary.tables.filter((t) => files.has(t.path));
  const out = [
    ...headerHtml({ manifest, profiles, dictionary, files, changelog }, tables.length),
    ...downloadHtml(archive, files.get(archive)),
    ...filesHtml(files, rowsOf),
    ...pagesHtml(profiles, files),
    ...previewHtml(tables, files, rowsOf),
    ...dictionaryHtml(tables),
    ...closingHtml(version, changelog),
  ];
  return out.filter((line) => line !== '').join('\n') + '\n';
}
