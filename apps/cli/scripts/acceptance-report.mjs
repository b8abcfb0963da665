#!/usr/bin/env node
// The acceptance report of issue 12: per corpus page and per variant, facts found / expected, the
// persons check, never / wrong violations and the warnings count, as a Markdown table; then what
// each page lacks. It gives the same verdicts as src/acceptance/corpus.acceptance.test.ts (both use
// src/acceptance/expected.ts). Reads the CLI's compiled lib/, so build first:
//
//   npx turbo run build --output-logs=errors-only && node apps/cli/scripts/acceptance-report.mjs [--details] [--dir FOLDER]
//
// --dir FOLDER reports on the pages under FOLDER (each FOLDER/<name>/raw/… plus expected.json), e.g. a
// round of pages written by someone who has not read the ingest, before they become fixtures.
//
// Exits 0 whatever the results: it is a report, the test is the gate.
import { fileURLToPath } from 'node:url';

const here = (path) => fileURLToPath(new URL(path, import.meta.url));
const details = process.argv.includes('--details') || process.argv.includes('-v');
const dirAt = process.argv.indexOf('--dir');
const pagesDir = dirAt > 0 ? process.argv[dirAt + 1] : undefined;

let lib;
try {
  lib = {
    ...(await import(here('../lib/acceptance/expected.js'))),
    ...(await import(here('../lib/acceptance/build-page.js'))),
  };
} catch (error) {
  console.log(`acceptance report: cannot load the CLI's lib/ (build it first): ${error.message}`);
  process.exit(0);
}

const { buildPage, checkPage, explainFact, explainViolation, listAcceptancePages, loadExpected, rawFiles } = lib;

const rows = [];
const notes = [];
let totalFound = 0;
let totalFacts = 0;
const pages = pagesDir ? listAcceptancePages(pagesDir, ['.']) : listAcceptancePages(here('../src/fixtures/'));
for (const page of pages) {
  const label = `${page.group}/${page.name}`;
  let spec;
  try {
    spec = loadExpected(page.expected);
  } catch (error) {
    rows.push([label, 'bad expected.json', '', '', '', '', '']);
    notes.push(`${label}: ${error.message}`);
    continue;
  }
  const sidecars = rawFiles(page.raw).filter((f) => f.endsWith('.meta.json'));
  const built = await buildPage(page.raw);
  const expected = Object.keys(spec.facts).length;
  totalFacts += expected;
  if (built.error !== null) {
    rows.push([label, 'no', `0/${expected}`, '—', '—', '—', '—']);
    notes.push(`${label}: did not build: ${built.error.split('\n').join(' / ')}`);
    continue;
  }
  const result = checkPage(built.tables, spec);
  const found = result.facts.filter((f) => f.found).length;
  totalFound += found;
  const persons = spec.persons ? (result.persons.ok ? `ok (${result.persons.rows})` : `${result.persons.problems.length} off (${result.persons.rows} rows)`) : `— (${result.persons.rows})`;
  rows.push([label, sidecars.length ? 'sidecar!' : 'yes', `${found}/${expected}`, persons, String(result.never.length), String(result.wrong.length), String(built.warnings)]);
  const missing = result.facts.filter((f) => !f.found);
  if (missing.length || !result.persons.ok || result.never.length || result.wrong.length) {
    const lines = [`${label}:`];
    if (missing.length) lines.push(`  missing: ${missing.map((f) => f.key).join(', ')}`);
    if (details) for (const f of missing) lines.push(explainFact(f).replace(/^/gm, '    '));
    for (const p of result.persons.problems) lines.push(`  persons: ${p}`);
    for (const v of result.never) lines.push(`  never: ${explainViolation(v)}`);
    for (const v of result.wrong) lines.push(`  wrong: ${explainViolation(v)}`);
    notes.push(lines.join('\n'));
  }
}

const header = ['page', 'builds', 'facts', 'persons', 'never', 'wrong', 'warnings'];
const table = [header, header.map(() => '---'), ...rows];
const widths = header.map((_, i) => Math.max(...table.map((r) => (r[i] ?? '').length)));
for (const r of table) console.log(`| ${r.map((c, i) => (r === table[1] ? '-'.repeat(widths[i]) : (c ?? '').padEnd(widths[i]))).join(' | ')} |`);
console.log(`\nfacts found: ${totalFound}/${totalFacts}${totalFacts ? ` (${((100 * totalFound) / totalFacts).toFixed(0)}%)` : ''}`);
if (notes.length) console.log(`\n${notes.join('\n')}`);
// No process.exit(): it would cut a piped report short at the pipe's 64 KB buffer.
process.exitCode = 0;
