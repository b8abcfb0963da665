import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { makeId, sampleProfile, SCHEMA_VERSION, type Profile } from '@profiles/model';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRelease } from './build-release.js';
import { parseManifest } from './manifest-schema.js';
import { dataset } from './fixtures/dataset.js';
import type { Manifest } from './manifest.js';
import { sha256 } from './sha256.js';

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function writeFolder(files: ReadonlyMap<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'release-test-'));
  temporary.push(dir);
  for (const [path, content] of files) {
    mkdirSync(dirname(join(dir, path)), { recursive: true });
    writeFileSync(join(dir, path), content);
  }
  return dir;
}

/** The sample with a new Prime Minister. */
function reshuffled(): Profile {
  const profile = sampleProfile();
  const pm = makeId('person', 'kg', ['Bekova', 'Aida']);
  profile.persons.push({ ...structuredClone(profile.persons[1]!), id: pm, name: 'Bekova Aida', familyName: 'Bekova', givenName: 'Aida', aliases: ['Bekova Aida'] });
  const old = profile.memberships.find((m) => m.role === 'Prime Minister')!;
  profile.memberships = profile.memberships.filter((m) => m !== old);
  profile.memberships.push({ ...old, id: makeId('membership', 'kg', [pm, old.organizationId!, 'Prime Minister']), personId: pm, startDate: '2012-04' });
  return profile;
}

/** The raw page of the sample, as the release includes it. */
const RAW = new Map([['raw/kg/executive-branch.html', new TextEncoder().encode('<html>Country profile / Kyrgyzstan / Executive branch</html>')]]);

const text = (content: string | Uint8Array | undefined) => (typeof content === 'string' ? content : Buffer.from(content!).toString('utf8'));

describe('buildRelease', () => {
  it('should give byte-identical releases for the same profiles, whatever the file order', async () => {
    const a = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), raw: RAW });
    const b = await buildRelease({ profiles: [structuredClone(sampleProfile())], dataset: new Map([...dataset()].reverse()), raw: new Map(RAW) });
    expect([...b.files.keys()]).toEqual([...a.files.keys()]);
    for (const [path, content] of a.files) expect(Buffer.from(b.files.get(path)!).equals(Buffer.from(content)), path).toBe(true);
    expect(a.version).toBe(b.version);
  });

  it('should hold the dataset, the raw pages, the schema, README, LICENSE, changelog, manifest, archive, download page and SHA256SUMS', async () => {
    const { files } = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), raw: RAW, version: '1.0.0' });
    expect([...files.keys()]).toEqual([
      'CHANGELOG.md',
      'LICENSE',
      'README.md',
      'SHA256SUMS',
      'country-profiles-1.0.0.tar.gz',
      'csv/datapackage.json',
      'csv/events.csv',
      'csv/persons.csv',
      'index.html',
      'jsonld/kg/executive-branch.jsonld',
      'manifest.json',
      'markdown/kg/executive-branch.md',
      'model/kg/executive-branch.json',
      'raw/kg/executive-branch.html',
      'schema/profile.schema.json',
    ]);
    for (const [path, content] of dataset()) expect(files.get(path)).toBe(content);
    expect(files.get('raw/kg/executive-branch.html')).toEqual(RAW.get('raw/kg/executive-branch.html'));
  });

  it('should write SHA256SUMS that matches every other file and that sha256sum -c accepts', async () => {
    const { files } = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), raw: RAW });
    const lines = text(files.get('SHA256SUMS')).trimEnd().split('\n');
    const listed = lines.map((line) => /^([0-9a-f]{64}) {2}(\S+)$/.exec(line)!.slice(1) as [string, string]);
    expect(listed.map(([, path]) => path)).toEqual([...files.keys()].filter((p) => p !== 'SHA256SUMS').sort());
    for (const [hash, path] of listed) expect(sha256(files.get(path)!), path).toBe(hash);
    const hasTool = spawnSync('sha256sum', ['--version']).status === 0;
    if (hasTool) {
      const dir = writeFolder(files);
      expect(execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toContain('manifest.json: OK');
    }
  });

  it('should list every file the archive holds in the manifest with its hash, size and CSV row count', async () => {
    const { files, manifest } = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '2.0.0' });
    expect(JSON.parse(text(files.get('manifest.json')))).toEqual(manifest);
    expect(parseManifest(text(files.get('manifest.json')))).toEqual(manifest);
    expect(manifest).toMatchObject({ name: 'country-profiles', version: '2.0.0', schemaVersion: SCHEMA_VERSION, previousVersion: null, changes: null, archive: 'country-profiles-2.0.0.tar.gz' });
    expect(manifest.pages).toEqual([
      { file: 'raw/kg/executive-branch.html', country: 'kg', section: 'Executive branch', sha256: '0'.repeat(64), latestDate: '2011-10' },
    ]);
    const unlisted = ['SHA256SUMS', 'manifest.json', 'index.html', 'country-profiles-2.0.0.tar.gz'];
    expect(manifest.files.map((f) => f.path)).toEqual([...files.keys()].filter((p) => !unlisted.includes(p)).sort());
    for (const file of manifest.files) {
      const content = files.get(file.path)!;
      expect(file.sha256).toBe(sha256(content));
      expect(file.bytes).toBe(Buffer.byteLength(content));
      if (file.path.endsWith('.csv')) expect(file.rows, file.path).toBe((parse(text(content)) as unknown[]).length - 1);
      else expect(file).not.toHaveProperty('rows');
    }
    expect(manifest.files.find((f) => f.path === 'csv/persons.csv')!.rows).toBe(3);
  });

  it('should start the changelog with "Initial release" when there is no previous release', async () => {
    const { files } = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1.0.0' });
    expect(text(files.get('CHANGELOG.md'))).toBe(
      '# Changelog\n\nEvery release of the country-profiles dataset, newest first. Each entry is the diff against the release before it.\n\n' +
        '## 1.0.0\n\nInitial release. 1 page (raw/kg/executive-branch.html): 3 persons, 5 organizations, 4 memberships, 2 events, 2 tasks, 1 statistic, 1 group, 1 material, 1 note.\n',
    );
  });

  it('should write the diff against the previous release into the changelog, above the older entries', async () => {
    const first = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1.0.0' });
    const second = await buildRelease({
      profiles: [reshuffled()],
      dataset: dataset([reshuffled()]),
      version: '1.1.0',
      previous: { version: '1.0.0', profiles: [sampleProfile()], changelog: text(first.files.get('CHANGELOG.md')) },
    });
    const log = text(second.files.get('CHANGELOG.md'));
    expect(log).toContain('## 1.1.0\n\nChanges since 1.0.0. 1 page');
    expect(log).toContain('### Posts changed hands (1)\n\n- **Prime Minister (Government)**: Osmonova Gulnara → Bekova Aida, since 2012-04');
    expect(log).not.toContain('<!-- country-profiles-diff -->');
    expect(log.indexOf('## 1.1.0')).toBeLessThan(log.indexOf('## 1.0.0\n\nInitial release.'));
    expect(log.match(/^# Changelog$/gm)).toHaveLength(1);
    const manifest = JSON.parse(text(second.files.get('manifest.json'))) as Manifest;
    expect(manifest.previousVersion).toBe('1.0.0');
    expect(manifest.changes).toMatchObject({ total: 3, posts: 1 });
  });

  it('should refuse a dataset that brings its own manifest, and a version with spaces', async () => {
    const files = dataset();
    files.set('manifest.json', '{}');
    await expect(buildRelease({ profiles: [sampleProfile()], dataset: files })).rejects.toThrow(/must not contain manifest.json/);
    await expect(buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1 0' })).rejects.toThrow(/release version/);
  });
});

describe('text from a previous release', () => {
  it('should reach the new changelog inert: no HTML, no hidden marker, no mention, no control character', async () => {
    const previousChangelog = '# Changelog\n\n## 0.9.0\n\n<script>alert(1)</script> <!-- country-profiles-diff --> ping @team and #12\u0007\u202e.\n';
    const { files } = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1.0.0', previous: { version: '0.9.0', profiles: [sampleProfile()], changelog: previousChangelog } });
    const log = text(files.get('CHANGELOG.md'));
    expect(log).toContain('## 0.9.0\n\n&lt;script>alert(1)&lt;/script> &lt;!-- country-profiles-diff --> ping @&#8203;team and #&#8203;12.');
    expect(log).not.toMatch(/<|\u0007|\u202e/);
  });

  it('should keep its own earlier entries byte for byte', async () => {
    const first = await buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1.0.0' });
    const second = await buildRelease({ profiles: [reshuffled()], dataset: dataset(), version: '1.1.0', previous: { version: '1.0.0', profiles: [sampleProfile()], changelog: text(first.files.get('CHANGELOG.md')) } });
    const third = await buildRelease({ profiles: [reshuffled()], dataset: dataset(), version: '1.2.0', previous: { version: '1.1.0', profiles: [reshuffled()], changelog: text(second.files.get('CHANGELOG.md')) } });
    const entries = (log: string) => log.slice(log.indexOf('## 1.1.0'));
    expect(entries(text(third.files.get('CHANGELOG.md')))).toBe(entries(text(second.files.get('CHANGELOG.md'))));
  });

  it('should refuse a previous version that is not a plain version', async () => {
    await expect(buildRelease({ profiles: [sampleProfile()], dataset: dataset(), previous: { version: '1.0 <b>', profiles: [sampleProfile()], changelog: null } })).rejects.toThrow(/previous release's version/);
  });
});
