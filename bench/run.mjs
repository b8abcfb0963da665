// npm run bench: the build (ingest, validation, all three exporters, in memory) against the parse
// floor (cheerio.load with Cheerio's defaults) over the same decoded pages, in one process.
import * as cheerio from 'cheerio';
import { exportCsv } from '../packages/export-csv/lib/index.js';
import { exportJsonLd } from '../packages/export-jsonld/lib/index.js';
import { exportMarkdown } from '../packages/export-markdown/lib/index.js';
import { ingestPage } from '../packages/ingest/lib/index.js';
import { makeCorpus } from './corpus.mjs';

const PAGES = Number(process.env.BENCH_PAGES ?? 1000);
const ROUNDS = Number(process.env.BENCH_ROUNDS ?? 5);

const pages = makeCorpus(PAGES);
const inputs = pages.map((p) => ({ file: `raw/${p.country}/${p.section}.html`, country: p.country, section: p.section, format: 'html', bytes: Buffer.from(p.html), meta: null }));
const megabytes = inputs.reduce((sum, p) => sum + p.bytes.length, 0) / 1e6;

function floor() {
  for (const page of pages) cheerio.load(page.html);
}

function build() {
  const profiles = inputs.map((input) => ingestPage(input));
  let bytes = 0;
  for (const files of [exportCsv(profiles), exportJsonLd(profiles), exportMarkdown(profiles)]) for (const text of files.values()) bytes += text.length;
  return bytes;
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function time(fn) {
  const start = process.hrtime.bigint();
  fn();
  return Number(process.hrtime.bigint() - start) / 1e9;
}

// Warm-up: one of each, so the JIT and the lazy module loads are not measured.
floor();
build();
const floorTimes = [];
const buildTimes = [];
for (let round = 0; round < ROUNDS; round += 1) {
  floorTimes.push(time(floor));
  buildTimes.push(time(build));
}
const floorRate = PAGES / median(floorTimes);
const buildRate = PAGES / median(buildTimes);
process.stdout.write(`floor rounds (s): ${floorTimes.map((t) => t.toFixed(2)).join(' ')}\n`);
process.stdout.write(`build rounds (s): ${buildTimes.map((t) => t.toFixed(2)).join(' ')}\n`);
process.stdout.write(
  `build/parse-floor ratio: ${(floorRate / buildRate).toFixed(2)} (${PAGES} pages, ${megabytes.toFixed(1)} MB, build ${buildRate.toFixed(0)} pages/s, floor ${floorRate.toFixed(0)} pages/s)\n`,
);
