import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { makeId, profileJsonSchema, sampleProfile, serializeProfile, type Profile } from '@profiles/model';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRelease, type Release } from './build-release.js';
import { DESCRIPTOR, dataset } from './fixtures/dataset.js';
import { DATA_LICENSE } from './license.js';
import { parseManifest } from './manifest-schema.js';
import { modelSchemaProblems } from './schema-check.js';
import { sha256 } from './sha256.js';
import { nextVersion, releaseBump } from './version.js';

const REPO = join(import.meta.dirname, '../../..');
const RAW = new Map([['raw/kg/executive-branch.html', new TextEncoder().encode('<html>Country profile / Kyrgyzstan / Executive branch</html>')]]);
const text = (content: string | Uint8Array | undefined) => (typeof content === 'string' ? content : Buffer.from(content!).toString('utf8'));
const hasTool = (tool: string) => spawnSync(tool, ['--version']).status === 0;

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});
function writeFolder(files: ReadonlyMap<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-product-'));
  temporary.push(dir);
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The previous release as the CLI reads it from its folder. */
function asPrevious(release: Release, profiles: Profile[]) {
  return {
    version: release.version,
    profiles,
    changelog: text(release.files.get('CHANGELOG.md')),
    manifest: parseManifest(text(release.files.get('manifest.json'))),
    schema: JSON.parse(text(release.files.get('schema/profile.schema.json'))) as Record<string, unknown>,
  };
}

/** The sample with one more person: a data change. */
function withOneMore(): Profile {
  const profile = sampleProfile();
  profile.persons.push({ ...structuredClone(profile.persons[1]!), id: makeId('person', 'kg', ['Bekova', 'Aida']), name: 'Bekova Aida', familyName: 'Bekova', givenName: 'Aida', aliases: ['Bekova Aida'] });
  return profile;
}

describe('versions that order', () => {
  it('should start at 1.0.0, bump the minor on a data change, the patch when only presentation changes', async () => {
    const first = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), raw: RAW });
    expect(first.version).toBe('1.0.0');
    expect(first.bump).toBeNull();

    const changed = [withOneMore()];
    const second = await buildRelease({ profiles: changed, dataset: dataset(changed), raw: RAW, previous: asPrevious(first, [sampleProfile()]) });
    expect(second.version).toBe('1.1.0');
    expect(second.bump).toBe('minor');
    expect(text(second.files.get('CHANGELOG.md'))).toContain('## 1.1.0\n\nChanges since 1.0.0. 1 page (raw/kg/executive-branch.html): 4 persons');
    expect(text(second.files.get('CHANGELOG.md'))).toContain('A minor release: the data changed.');

    const restyled = dataset(changed);
    restyled.set('markdown/kg/executive-branch.md', '# Kyrgyzstan: Executive branch\n');
    const third = await buildRelease({ profiles: changed, dataset: restyled, raw: RAW, previous: asPrevious(second, changed) });
    expect(third.version).toBe('1.1.1');
    expect(third.bump).toBe('patch');
  });

  it('should bump the major when the new model files fail the previous release\'s JSON Schema', async () => {
    const first = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), raw: RAW });
    const previous = asPrevious(first, [sampleProfile()]);
    // The previous schema knew a field the model no longer writes: readers of it break.
    const schema = structuredClone(previous.schema) as { required: string[]; properties: Record<string, unknown> };
    schema.properties.legacy = { type: 'string' };
    schema.required = [...schema.required, 'legacy'];
    const next = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), raw: RAW, previous: { ...previous, schema } });
    expect(next.version).toBe('2.0.0');
    expect(next.bump).toBe('major');
  });

  it('should take a given version only when it is MAJOR.MINOR.PATCH and later than the previous one', async () => {
    const first = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1.4.0' });
    const previous = asPrevious(first, [sampleProfile()]);
    await expect(buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1.3.9', previous })).rejects.toThrow('release version 1.3.9 must be later than the previous release\'s 1.4.0');
    await expect(buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1.20120305+7c7c8c7a' })).rejects.toThrow(/MAJOR\.MINOR\.PATCH/);
    expect((await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1.5.0', previous })).version).toBe('1.5.0');
  });

  it.each([
    ['1.0.0', 'major', '2.0.0'],
    ['1.2.3', 'minor', '1.3.0'],
    ['1.2.3', 'patch', '1.2.4'],
    ['0.9.9', 'minor', '0.10.0'],
  ] as const)('should order %s + %s as %s', (from, bump, to) => {
    expect(nextVersion(from, bump)).toBe(to);
  });

  it('should say which files make a bump', () => {
    const before = new Map([['model/a.json', 'x'], ['markdown/a.md', 'y']]);
    expect(releaseBump(before, new Map(before), false)).toBe('patch');
    expect(releaseBump(before, new Map([['model/a.json', 'x'], ['markdown/a.md', 'z']]), false)).toBe('patch');
    expect(releaseBump(before, new Map([['model/a.json', 'x2'], ['markdown/a.md', 'y']]), false)).toBe('minor');
    expect(releaseBump(before, new Map([...before, ['raw/kg/b.txt', 'b']]), false)).toBe('minor');
    expect(releaseBump(before, new Map(before), true)).toBe('major');
  });
});

describe('the previous manifest', () => {
  it.each([
    ['not JSON', '{', /not valid JSON/],
    ['another name', JSON.stringify({ name: 'x' }), /name/],
    ['a version semver cannot order', JSON.stringify({ name: 'country-profiles', version: '1.20120305+7c7c8c7a', schemaVersion: 2, previousVersion: null, changes: null, pages: [], files: [{ path: 'a', sha256: '0'.repeat(64), bytes: 1 }] }), /version: must be MAJOR.MINOR.PATCH/],
    ['a path out of the folder', JSON.stringify({ name: 'country-profiles', version: '1.0.0', schemaVersion: 2, previousVersion: null, changes: null, pages: [], files: [{ path: '../etc/passwd', sha256: '0'.repeat(64), bytes: 1 }] }), /files\.0\.path/],
    ['a short hash', JSON.stringify({ name: 'country-profiles', version: '1.0.0', schemaVersion: 2, previousVersion: null, changes: null, pages: [], files: [{ path: 'a', sha256: 'abc', bytes: 1 }] }), /files\.0\.sha256/],
  ])('should refuse %s', (_, manifest, message) => {
    expect(() => parseManifest(manifest)).toThrow(message);
  });
});

describe('the archive', () => {
  it('should be the same bytes every time, a gzip without timestamp, listed in SHA256SUMS', async () => {
    const a = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), raw: RAW, version: '1.0.0' });
    const b = await buildRelease({ profiles: [sampleProfile()], dataset: new Map([...dataset()].reverse()), raw: RAW, version: '1.0.0' });
    const archive = a.files.get('country-profiles-1.0.0.tar.gz') as Uint8Array;
    expect(Buffer.from(archive).equals(Buffer.from(b.files.get('country-profiles-1.0.0.tar.gz') as Uint8Array))).toBe(true);
    expect([...archive.subarray(0, 3)]).toEqual([0x1f, 0x8b, 8]);
    expect(Buffer.from(archive.subarray(4, 8)).readUInt32LE()).toBe(0);
    expect(text(a.files.get('SHA256SUMS'))).toContain(`${sha256(archive)}  country-profiles-1.0.0.tar.gz\n`);
    expect(gunzipSync(archive).length % 512).toBe(0);
  });

  it('should unpack with tar into one folder whose own SHA256SUMS checks every file in it', async () => {
    if (!hasTool('tar') || !hasTool('sha256sum')) return;
    const { files } = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), raw: RAW, version: '1.0.0' });
    const dir = writeFolder(new Map([['country-profiles-1.0.0.tar.gz', files.get('country-profiles-1.0.0.tar.gz')!]]));
    const listing = execFileSync('tar', ['-tvzf', 'country-profiles-1.0.0.tar.gz', '--numeric-owner', '--full-time'], { cwd: dir, encoding: 'utf8', env: { ...process.env, TZ: 'UTC' } });
    for (const line of listing.trimEnd().split('\n')) {
      expect(line).toMatch(/^[d-]rw[-x]r-[-x]r-[-x] 0\/0 +\d+ 1970-01-01 00:00:00 country-profiles-1\.0\.0\//);
    }
    execFileSync('tar', ['-xzf', 'country-profiles-1.0.0.tar.gz'], { cwd: dir });
    const inner = join(dir, 'country-profiles-1.0.0');
    const checked = execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: inner, encoding: 'utf8' });
    const inArchive = [...files.keys()].filter((p) => !['SHA256SUMS', 'index.html', 'country-profiles-1.0.0.tar.gz'].includes(p));
    expect(checked.trimEnd().split('\n').sort()).toEqual(inArchive.map((p) => `${p}: OK`).sort());
    for (const path of inArchive) expect(readFileSync(join(inner, path)).equals(Buffer.from(files.get(path)!)), path).toBe(true);
  });
});

describe('the JSON Schema', () => {
  it('should validate every model file of a release with Ajv, and the repository\'s dist/ model files', async () => {
    const { files } = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), raw: RAW, version: '1.0.0' });
    const schema = JSON.parse(text(files.get('schema/profile.schema.json')));
    expect(schema).toEqual(profileJsonSchema());
    expect(modelSchemaProblems(schema, files)).toEqual([]);
    const dist = new Map([['model/kz/executive-branch.json', readFileSync(join(REPO, 'dist/model/kz/executive-branch.json'), 'utf8')]]);
    expect(modelSchemaProblems(schema, dist)).toEqual([]);
  });

  it('should catch what a model file gets wrong, naming the file and the place', () => {
    const schema = profileJsonSchema();
    const bad = JSON.parse(serializeProfile(sampleProfile()));
    bad.persons[0].name = 42;
    bad.persons[1].nickname = 'x';
    delete bad.notes;
    bad.source.sha256 = 'abc';
    const problems = modelSchemaProblems(schema, new Map([['model/kg/bad.json', JSON.stringify(bad)], ['model/kg/broken.json', '{']]));
    expect(problems).toEqual(
      expect.arrayContaining([
        'model/kg/bad.json: /persons/0/name must be string',
        'model/kg/bad.json: /persons/1 must NOT have additional properties (nickname)',
        "model/kg/bad.json: (the file) must have required property 'notes'",
        expect.stringMatching(/^model\/kg\/bad\.json: \/source\/sha256 must match pattern/),
        expect.stringMatching(/^model\/kg\/broken\.json: not valid JSON/),
      ]),
    );
  });

  it('should refuse to release a model file that fails it', async () => {
    const files = dataset();
    const bad = JSON.parse(files.get('model/kg/executive-branch.json')!);
    bad.persons[0].extra = true;
    files.set('model/kg/executive-branch.json', JSON.stringify(bad));
    await expect(buildRelease({ profiles: [sampleProfile()], dataset: files })).rejects.toThrow(/model\/kg\/executive-branch\.json: \/persons\/0 must NOT have additional properties \(extra\)/);
  });
});

describe('README and LICENSE', () => {
  it('should describe every table and column of the table schema in the README, once, escaped for a Markdown table', async () => {
    const { files } = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), raw: RAW, version: '1.0.0' });
    const readme = text(files.get('README.md'));
    expect(readme).toMatch(/^# country-profiles 1\.0\.0\n/);
    for (const resource of DESCRIPTOR.resources) {
      expect(readme).toContain(`### ${resource.name}\n\n\`csv/${resource.path}\``);
      for (const field of resource.schema.fields) expect(readme).toContain(`| \`${field.name}\` | ${field.type} |`);
    }
    expect(readme).toContain('`csv/persons.csv`, 3 rows. One row per person \\| named on a page.');
    expect(readme).toContain('| `note` | string | no | A &lt;b>note&lt;/b>. |  |');
    expect(readme).toContain('| `date` | string | no | When. | one of 2011, 2012 |');
    expect(readme).toContain('References: `id → persons.id`.');
    expect(readme).toContain('sha256sum -c SHA256SUMS');
    expect(readme).toContain('npx profiles release --raw "$RELEASE/raw" --out rebuilt --version 1.0.0');
    expect(readme).toContain('## How to cite');
    expect(readme).toContain('ODC-BY');
  });

  it('should ship the data licence, the same text as the repository\'s LICENSE-DATA', async () => {
    const { files } = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1.0.0' });
    expect(files.get('LICENSE')).toBe(DATA_LICENSE);
    expect(readFileSync(join(REPO, 'LICENSE-DATA'), 'utf8')).toBe(DATA_LICENSE);
    expect(DATA_LICENSE).toContain('ODC-BY');
    expect(DATA_LICENSE).toMatch(/belongs to the page's publisher/);
    expect(readFileSync(join(REPO, 'LICENSE'), 'utf8')).toMatch(/^MIT License/);
  });
});

describe('index.html', () => {
  it('should list every file SHA256SUMS lists with its checksum and size, link only what the folder holds, and use no external asset', async () => {
    const { files } = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), raw: RAW, version: '1.0.0' });
    const html = text(files.get('index.html'));
    const $ = load(html);
    expect($('html').attr('lang')).toBe('en');
    expect($('h1').text()).toBe('country-profiles 1.0.0');
    const listed = new Map(
      $('#file-list tbody tr')
        .toArray()
        .map((row) => [$(row).attr('data-path')!, { hash: $(row).find('code.sha256').text(), bytes: Number($(row).find('td[data-bytes]').attr('data-bytes')) }]),
    );
    const sums = text(files.get('SHA256SUMS')).trimEnd().split('\n').map((line) => line.split('  ') as [string, string]);
    expect([...listed.keys()].sort()).toEqual(sums.map(([, path]) => path).filter((p) => p !== 'index.html').sort());
    for (const [hash, path] of sums) {
      if (path === 'index.html') continue;
      expect(listed.get(path), path).toEqual({ hash, bytes: Buffer.from(files.get(path)!).length });
    }
    for (const element of $('[href], [src]').toArray()) {
      const target = $(element).attr('href') ?? $(element).attr('src')!;
      if (target.startsWith('#')) expect($(`[id="${target.slice(1)}"]`).length, target).toBe(1);
      else expect(files.has(decodeURIComponent(target)), target).toBe(true);
    }
    expect(html).not.toMatch(/<script|<link|<img|@import|url\(/i);
    // Table semantics: captions and header cells.
    for (const table of $('table').toArray()) {
      expect($(table).find('caption').length).toBe(1);
      expect($(table).find('thead th[scope="col"]').length).toBeGreaterThan(0);
    }
    expect($('#preview table').first().find('tbody tr').length).toBe(3);
    expect($('#dictionary').text()).toContain('Name as the page writes it.');
    expect($('#changelog h3').first().text()).toBe('1.0.0');
  });
});
