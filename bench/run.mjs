// npm run bench: the build (ingest, validation, all three exporters, in memory) against the parse
// floor (cheerio.load with Cheerio's defaults) over the same decoded pages, in one process.
//
// The build is what `profiles build` does for each page, without the disk: ingest the page
// (decode, blocks, rules, validation), give the profile to each exporter's page session (CSV rows,
// the JSON-LD document, the Markdown page), count the bytes of every output string, and finish the
// sessions (index.md, datapackage.json with the tables' sizes and hashes, context, shapes). Pages go
// in source-ID order, as the CLI takes them. BENCH_MODE=whole runs the exporters over all profiles
// at once instead (exportCsv, exportJsonLd, exportMarkdown), holding every profile and output.
import { createHash } from 'node:crypto';
import * as cheerio from 'cheerio';
import { parse as parseCsv } from 'csv-parse/sync';
import { stringify as stringifyCsv } from 'csv-stringify/sync';
import { csvPages, exportCsv } from '../packages/export-csv/lib/index.js';
import { exportJsonLd, jsonLdPages } from '../packages/export-jsonld/lib/index.js';
import { exportMarkdown, markdownPages } from '../packages/export-markdown/lib/index.js';
import { STRINGIFY_OPTIONS } from '../packages/export-csv/lib/write-table.js';
import { CHEERIO_OPTIONS } from '../packages/ingest/lib/html-blocks.js';
import { ingestPage } from '../packages/ingest/lib/index.js';
import { makeId } from '../packages/model/lib/index.js';
import { makeCorpus } from './corpus.mjs';

const PAGES = Number(process.env.BENCH_PAGES ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);
const MODE = process.env.BENCH_MODE ?? 'paged';

const sourceId = (p) => makeId('source', p.country, [`raw/${p.country}/${p.section}.html`]);
const pages = makeCorpus(PAGES).sort((a, b) => (sourceId(a) < sourceId(b) ? -1 : 1));
const inputs = pages.map((p) => ({ file: `raw/${p.country}/${p.section}.html`, country: p.country, section: p.section, format: 'html', bytes: Buffer.from(p.html), meta: null }));
const megabytes = inputs.reduce((sum, p) => sum + p.bytes.length, 0) / 1e6;

function floor() {
  for (const page of pages) cheerio.load(page.html);
}

const exporters = [csvPages, jsonLdPages(), markdownPages];

/** Page by page, as `profiles build` runs: no page's profile or output outlives the page. */
function pagedBuild() {
  const sessions = exporters.map((exporter) => exporter.start());
  let bytes = 0;
  for (const input of inputs) {
    const profile = ingestPage(input);
    for (const session of sessions) {
      const { files, appends } = session.add(profile);
      for (const text of files.values()) bytes += text.length;
      for (const text of appends.values()) bytes += text.length;
    }
  }
  for (const session of sessions) for (const text of session.finish().values()) bytes += text.length;
  return bytes;
}

/** Every profile first, then each exporter over all of them. */
function wholeBuild() {
  const profiles = inputs.map((input) => ingestPage(input));
  let bytes = 0;
  for (const files of [exportCsv(profiles), exportJsonLd(profiles), exportMarkdown(profiles)]) for (const text of files.values()) bytes += text.length;
  return bytes;
}

const build = MODE === 'whole' ? wholeBuild : pagedBuild;

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** CPU time (user + system) of this process so far, in ms: steadier than wall time on a shared machine. */
function cpuMs() {
  const { user, system } = process.cpuUsage();
  return (user + system) / 1000;
}

// The process's first page: the rules' patterns are compiled on their first use.
const firstStart = cpuMs();
ingestPage(inputs[0]);
const firstPageMs = cpuMs() - firstStart;

// Warm-up: one of each, so the JIT and the lazy module loads are not measured.
floor();
build();
const floorTimes = [];
const buildTimes = [];
for (let round = 0; round < ROUNDS; round += 1) {
  floorTimes.push(time(floor));
  buildTimes.push(time(build));
}

// Where the time goes: each stage alone over the same pages, and the work libraries do
// inside the build (the parse, csv-stringify, JSON.stringify, SHA-256) measured alone on the
// build's own inputs and outputs. Not part of the ratio.
const profiles = inputs.map((input) => ingestPage(input));
const outputs = { csv: [], jsonld: [] };
{
  const [csvSession, jsonLdSession] = [csvPages.start(), jsonLdPages().start()];
  for (const profile of profiles) {
    outputs.csv.push([...csvSession.add(profile).appends.values()]);
    outputs.jsonld.push(...jsonLdSession.add(profile).files.values());
  }
}
const csvRecords = outputs.csv.map((chunks) => chunks.map((text) => parseCsv(text, { relax_column_count: true })));
const jsonLdValues = outputs.jsonld.map((text) => JSON.parse(text));
const paged = (exporter) => () => {
  const session = exporter.start();
  for (const profile of profiles) session.add(profile);
  session.finish();
};
const stages = [
  ['ingest (decode, blocks, rules, IDs, validation)', () => inputs.map((input) => ingestPage(input))],
  ['CSV tables', paged(csvPages)],
  ['JSON-LD documents', paged(jsonLdPages())],
  ['Markdown pages', paged(markdownPages)],
];
const libraries = [
  ['Cheerio load, htmlparser2 path (as the ingest)', () => {
    for (const page of pages) cheerio.load(page.html, CHEERIO_OPTIONS);
  }],
  ['csv-stringify of the rows written', () => {
    for (const tables of csvRecords) for (const records of tables) stringifyCsv(records, STRINGIFY_OPTIONS);
  }],
  ['JSON.stringify of the JSON-LD written', () => {
    for (const value of jsonLdValues) JSON.stringify(value, null, 2);
  }],
  ['SHA-256 of the pages and tables', () => {
    for (const input of inputs) createHash('sha256').update(input.bytes).digest('hex');
    for (const chunks of outputs.csv) for (const text of chunks) createHash('sha256').update(text, 'utf8');
  }],
];
const perPage = (fn) => {
  fn();
  return (median(Array.from({ length: ROUNDS }, () => time(fn))) * 1000) / PAGES;
};
const ms = (value) => value.toFixed(2).padStart(6);
const floorMs = (median(floorTimes) * 1000) / PAGES;
const buildMs = (median(buildTimes) * 1000) / PAGES;
let report = `where the time goes (ms per page, median of ${ROUNDS} rounds):\n`;
report += `  floor: cheerio.load, default options ${ms(floorMs)}\n  build                                ${ms(buildMs)}\n`;
for (const [label, fn] of stages) report += `    ${label.padEnd(52)} ${ms(perPage(fn))}\n`;
report += '  library work inside the build, measured alone on its inputs and outputs:\n';
let libraryMs = 0;
for (const [label, fn] of libraries) {
  const value = perPage(fn);
  libraryMs += value;
  report += `    ${label.padEnd(52)} ${ms(value)}\n`;
}
report += `    ${'together'.padEnd(52)} ${ms(libraryMs)}  (${(libraryMs / floorMs).toFixed(2)} times the floor)\n`;

const floorRate = PAGES / median(floorTimes);
const buildRate = PAGES / median(buildTimes);
process.stdout.write(`build: ${MODE === 'whole' ? 'all profiles, then each exporter over all of them' : 'page by page, as profiles build runs'}\n`);
process.stdout.write(`floor rounds (s): ${floorTimes.map((t) => t.toFixed(2)).join(' ')}\n`);
process.stdout.write(`build rounds (s): ${buildTimes.map((t) => t.toFixed(2)).join(' ')}\n`);
process.stdout.write(report);
// The ingest alone in CPU time, the fewest of the rounds (the machine's other work only adds to it).
const ingestCpu = Array.from({ length: ROUNDS }, () => {
  const start = cpuMs();
  for (const input of inputs) ingestPage(input);
  return (cpuMs() - start) / PAGES;
});
process.stdout.write(`ingest CPU time: ${Math.min(...ingestCpu).toFixed(2)} ms per page (fewest of ${ROUNDS} rounds; median ${median(ingestCpu).toFixed(2)}); first page of the process ${firstPageMs.toFixed(0)} ms\n`);
process.stdout.write(
  `build/parse-floor ratio: ${(floorRate / buildRate).toFixed(2)} (${PAGES} pages, ${megabytes.toFixed(1)} MB, build ${buildRate.toFixed(0)} pages/s, floor ${floorRate.toFixed(0)} pages/s)\n`,
);
