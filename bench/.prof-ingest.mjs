import { exportCsv } from '../packages/export-csv/lib/index.js';
import { exportJsonLd } from '../packages/export-jsonld/lib/index.js';
import { exportMarkdown } from '../packages/export-markdown/lib/index.js';
import { ingestPage } from '../packages/ingest/lib/index.js';
import { makeCorpus } from './corpus.mjs';
const N = Number(process.env.N ?? 300);
const which = process.env.WHICH ?? 'ingest';
const pages = makeCorpus(N);
const inputs = pages.map((p) => ({ file: `raw/${p.country}/${p.section}.html`, country: p.country, section: p.section, format: 'html', bytes: Buffer.from(p.html), meta: null }));
const profiles = inputs.map((i) => ingestPage(i));
for (let r = 0; r < 3; r++) {
  if (which === 'ingest') for (const i of inputs) ingestPage(i);
  if (which === 'csv') exportCsv(profiles);
  if (which === 'jsonld') exportJsonLd(profiles);
  if (which === 'markdown') exportMarkdown(profiles);
}
