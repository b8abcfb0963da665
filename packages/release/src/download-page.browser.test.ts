/**
 * The download page in a real browser: Debian's Chromium (/usr/bin/chromium), driven by
 * playwright-core — never a browser playwright downloads. It renders the page of a release made
 * from the repository's own dataset (dist/ and raw/), offline from the folder, checks that every
 * file SHA256SUMS lists is on the page with that checksum, that every link opens (served over
 * HTTP on 127.0.0.1, each file's bytes matching its checksum), and keeps a screenshot.
 *
 * Without /usr/bin/chromium the test is skipped with a message, so `npm test` passes on a machine
 * without it; with CI_REQUIRE_BROWSER=1 (set by .ci/run, which installs chromium) it fails instead.
 * The screenshot goes to $RELEASE_SCREENSHOT_DIR, by default .scratch/ci-artifacts/ of the repository.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseProfile, type Profile } from '@profiles/model';
import { chromium, type BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildRelease } from './build-release.js';

const CHROMIUM = '/usr/bin/chromium';
const REPO = resolve(import.meta.dirname, '../../..');
const required = process.env.CI_REQUIRE_BROWSER === '1';
const present = existsSync(CHROMIUM);
const SCREENSHOT_DIR = process.env.RELEASE_SCREENSHOT_DIR ? resolve(process.env.RELEASE_SCREENSHOT_DIR) : join(REPO, '.scratch', 'ci-artifacts');
export const SCREENSHOT = join(SCREENSHOT_DIR, 'release-screenshot.png');

if (!present && !required) {
  process.stderr.write(`download page browser test SKIPPED: ${CHROMIUM} not found (apt-get install -y chromium to run it; CI_REQUIRE_BROWSER=1 makes this a failure)\n`);
}

/** Every file under `root`, by POSIX path relative to it. */
function tree(root: string): Map<string, Buffer> {
  const files = new Map<string, Buffer>();
  const walk = (dir: string) => {
    for (const name of readdirSync(dir).sort()) {
      const full = join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else files.set(relative(root, full).split(sep).join('/'), readFileSync(full));
    }
  };
  walk(root);
  return files;
}

/** A release of the repository's dataset, written to a folder. */
async function writeRepositoryRelease(): Promise<string> {
  const dist = tree(join(REPO, 'dist'));
  const dataset = new Map([...dist].filter(([path]) => !path.split('/').some((part) => part.startsWith('.'))).map(([path, bytes]) => [path, bytes.toString('utf8')]));
  const profiles: Profile[] = [...dataset].filter(([path]) => path.startsWith('model/') && path.endsWith('.json')).map(([path, text]) => parseProfile(JSON.parse(text), path));
  const raw = new Map([...tree(join(REPO, 'raw'))].map(([path, bytes]) => [`raw/${path}`, new Uint8Array(bytes)]));
  const { files } = await buildRelease({ profiles, dataset, raw, version: '1.0.0' });
  const dir = mkdtempSync(join(tmpdir(), 'release-browser-'));
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** A static file server of `dir` on 127.0.0.1: every link of the page is opened through it. */
function serve(dir: string): Promise<{ server: Server; base: string }> {
  const types: Record<string, string> = { html: 'text/html; charset=utf-8', json: 'application/json', gz: 'application/gzip' };
  const server = createServer((request, response) => {
    const path = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const full = resolve(dir, path);
    if (!full.startsWith(dir + sep) || !existsSync(full) || !statSync(full).isFile()) {
      response.writeHead(404).end('not found');
      return;
    }
    const type = types[full.split('.').pop()!] ?? 'text/plain; charset=utf-8';
    response.writeHead(200, { 'content-type': type }).end(readFileSync(full));
  });
  return new Promise((ok) => server.listen(0, '127.0.0.1', () => ok({ server, base: `http://127.0.0.1:${(server.address() as { port: number }).port}/` })));
}

const sha256 = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');

describe.runIf(present || required)('the download page in Debian chromium', () => {
  let dir: string;
  let userDataDir: string;
  let context: BrowserContext;
  let server: Server;
  let base: string;

  beforeAll(async () => {
    if (!present) throw new Error(`${CHROMIUM} not found, and CI_REQUIRE_BROWSER=1: install it with apt-get install -y chromium`);
    dir = await writeRepositoryRelease();
    ({ server, base } = await serve(dir));
    userDataDir = mkdtempSync(join(tmpdir(), 'release-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
      viewport: { width: 1280, height: 900 },
    });
  }, 120_000);

  afterAll(async () => {
    await context?.close();
    server?.close();
    for (const path of [dir, userDataDir]) if (path) rmSync(path, { recursive: true, force: true });
  });

  it('should render offline from the folder, list every file with the checksum SHA256SUMS has, open every link, and keep a screenshot', async () => {
    const page = await context.newPage();
    const outside: string[] = [];
    const errors: string[] = [];
    page.on('request', (request) => {
      if (!request.url().startsWith('file:')) outside.push(request.url());
    });
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(error.message));
    await page.goto(pathToFileURL(join(dir, 'index.html')).href, { waitUntil: 'load' });

    // It renders: a title, a visible heading, a language, tables with content.
    expect(await page.title()).toBe('country-profiles 1.0.0: download');
    await expect.poll(() => page.locator('h1').isVisible()).toBe(true);
    expect(await page.locator('h1').innerText()).toBe('country-profiles 1.0.0');
    expect(await page.locator('html').getAttribute('lang')).toBe('en');
    const box = await page.locator('#file-list').boundingBox();
    expect(box!.height).toBeGreaterThan(200);
    // Headings never skip a level; every table has a caption and column headers.
    const levels = await page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName[1])));
    for (let i = 1; i < levels.length; i += 1) expect(levels[i]! - levels[i - 1]!).toBeLessThanOrEqual(1);
    expect(await page.$$eval('table', (ts) => ts.filter((t) => !t.querySelector('caption') || !t.querySelector('thead th[scope=col]')).length)).toBe(0);

    // Every file SHA256SUMS lists (but the page itself) is on the page, with that checksum and size.
    const sums = readFileSync(join(dir, 'SHA256SUMS'), 'utf8').trimEnd().split('\n').map((line) => /^([0-9a-f]{64}) {2}(.+)$/.exec(line)!.slice(1) as [string, string]);
    const rows = await page.$$eval('#file-list tbody tr', (trs) =>
      trs.map((tr) => ({ path: tr.getAttribute('data-path')!, hash: tr.querySelector('code.sha256')!.textContent!, bytes: Number(tr.querySelector('td[data-bytes]')!.getAttribute('data-bytes')) })),
    );
    const expected = sums.filter(([, path]) => path !== 'index.html');
    expect(rows.map((r) => r.path).sort()).toEqual(expected.map(([, path]) => path).sort());
    for (const [hash, path] of expected) {
      expect(rows.find((r) => r.path === path), path).toEqual({ path, hash, bytes: statSync(join(dir, path)).size });
    }
    expect(rows.length).toBeGreaterThan(20);

    // Every link opens: anchors reach an element of the page; files open in the browser over HTTP
    // (the archive is fetched, not opened) and hold the bytes SHA256SUMS names.
    const hrefs = await page.$$eval('a[href]', (as) => [...new Set(as.map((a) => a.getAttribute('href')!))]);
    const hashOf = new Map(sums.map(([hash, path]) => [path, hash]));
    let opened = 0;
    const tab = await context.newPage();
    for (const href of hrefs) {
      if (href.startsWith('#')) {
        expect(await page.locator(`[id="${href.slice(1)}"]`).count(), href).toBe(1);
        continue;
      }
      expect(href, 'a link out of the folder').not.toMatch(/^[a-z]+:|^\/\//i);
      const path = decodeURIComponent(href);
      expect(existsSync(join(dir, path)), `${href} from file://`).toBe(true);
      const url = new URL(href, base).href;
      const response = path.endsWith('.tar.gz') ? await context.request.get(url) : await tab.goto(url);
      expect(response?.status(), href).toBe(200);
      const body = await response!.body();
      if (hashOf.has(path)) expect(sha256(body), href).toBe(hashOf.get(path));
      else expect(path).toBe('SHA256SUMS');
      opened += 1;
    }
    expect(opened).toBeGreaterThan(20);

    expect(outside, 'requests that left the folder').toEqual([]);
    expect(errors).toEqual([]);
    mkdirSync(SCREENSHOT_DIR, { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: false });
    expect(statSync(SCREENSHOT).size).toBeGreaterThan(10_000);
    process.stderr.write(`download page screenshot: ${SCREENSHOT}\n`);
  }, 120_000);
});

if (!present && !required) describe('the download page in Debian chromium', () => {
  it.skip(`skipped: ${CHROMIUM} not found (apt-get install -y chromium; CI_REQUIRE_BROWSER=1 fails instead)`, () => {});
});
