// node bench/snapshot.mjs <out-folder>: ingests every fixture page, the shared corpus, raw/ and
// 200 bench pages, and writes each profile (or its error) as JSON, one file per page, plus the
// CPU time the ingest took. Two snapshots compared byte for byte prove a speed-up changed nothing.
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { discoverRawPages } from '../packages/io/lib/index.js';
import { ingestPage } from '../packages/ingest/lib/index.js';
import { makeCorpus } from './corpus.mjs';

const out = process.argv[2];
if (!out) throw new Error('usage: node bench/snapshot.mjs <out-folder>');
mkdirSync(out, { recursive: true });

/** Every folder named `raw` under `dir`. */
function rawFolders(dir) {
  const found = [];
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (!statSync(path).isDirectory() || name === 'node_modules') continue;
    if (name === 'raw') found.push(path);
    else found.push(...rawFolders(path));
  }
  return found;
}

const folders = [...rawFolders('apps/cli/src/fixtures'), ...rawFolders('/work/shared/corpus'), 'raw'];
const jobs = [];
for (const folder of folders) for (const page of await discoverRawPages(folder)) jobs.push({ name: `${folder}/${page.file}`, page });
for (const p of makeCorpus(Number(process.env.SNAPSHOT_BENCH_PAGES ?? 200))) {
  jobs.push({ name: `bench/${p.country}/${p.section}`, page: { file: `raw/${p.country}/${p.section}.html`, country: p.country, section: p.section, format: 'html', bytes: Buffer.from(p.html), meta: null } });
}
const start = process.cpuUsage();
let first = null;
for (const { name, page } of jobs) {
  const t = process.cpuUsage();
  let text;
  try {
    text = JSON.stringify(ingestPage(page), null, 1);
  } catch (error) {
    text = `ERROR ${error.constructor.name}: ${error.message}`;
  }
  if (first === null) first = process.cpuUsage(t);
  writeFileSync(join(out, name.replace(/[/\\]/g, '__')), text);
}
const cpu = process.cpuUsage(start);
console.log(`${jobs.length} pages; CPU ${((cpu.user + cpu.system) / 1e3).toFixed(0)} ms; first page ${((first.user + first.system) / 1e3).toFixed(0)} ms`);
