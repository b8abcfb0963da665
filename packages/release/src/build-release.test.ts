import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { makeId, sampleProfile, SCHEMA_VERSION, type Profile } from '@profiles/model';
import { afterAll, describe, expect, it } from 'vitest';
import { buildRelease } from './build-release.js';
import { dataset } from './fixtures/dataset.js';
import type { Manifest } from './manifest.js';
import { sha256 } from './sha256.js';

const temporary: string[] = [];
afterAll(() => {
  for (const dir of temporary) rmSync(dir, { recursive: true, force: true });
});

function writeFolder(files: Map<string, string>): string {
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

describe('buildRelease', () => {
  it('should give byte-identical releases for the same profiles, whatever the file order', () => {
    const a = buildRelease({ profiles: [sampleProfile()], dataset: dataset() });
    const b = buildRelease({ profiles: [structuredClone(sampleProfile())], dataset: new Map([...dataset()].reverse()) });
    expect([...b.files.keys()].sort()).toEqual([...a.files.keys()].sort());
    for (const [path, content] of a.files) expect(b.files.get(path), path).toBe(content);
    expect(a.version).toBe(b.version);
  });

  it('should hold the dataset, the changelog, the manifest and SHA256SUMS', () => {
    const { files } = buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1.0.0' });
    expect([...files.keys()].sort()).toEqual([
      'CHANGELOG.md',
      'SHA256SUMS',
      'csv/datapackage.json',
      'csv/events.csv',
      'csv/persons.csv',
      'jsonld/kg/executive-branch.jsonld',
      'manifest.json',
      'markdown/kg/executive-branch.md',
      'model/kg/executive-branch.json',
    ]);
    for (const [path, content] of dataset()) expect(files.get(path)).toBe(content);
  });

  it('should write SHA256SUMS that matches every other file and that sha256sum -c accepts', () => {
    const { files } = buildRelease({ profiles: [sampleProfile()], dataset: dataset() });
    const lines = files.get('SHA256SUMS')!.trimEnd().split('\n');
    const listed = lines.map((line) => /^([0-9a-f]{64}) {2}(\S+)$/.exec(line)!.slice(1) as [string, string]);
    expect(listed.map(([, path]) => path)).toEqual([...files.keys()].filter((p) => p !== 'SHA256SUMS').sort());
    for (const [hash, path] of listed) expect(sha256(files.get(path)!), path).toBe(hash);
    const hasTool = spawnSync('sha256sum', ['--version']).status === 0;
    if (hasTool) {
      const dir = writeFolder(files);
      expect(execFileSync('sha256sum', ['-c', '--strict', 'SHA256SUMS'], { cwd: dir, encoding: 'utf8' })).toContain('manifest.json: OK');
    }
  });

  it('should list every file in the manifest with its hash, size and CSV row count', () => {
    const { files, manifest } = buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '2.0.0' });
    expect(JSON.parse(files.get('manifest.json')!)).toEqual(manifest);
    expect(manifest).toMatchObject({ name: 'country-profiles', version: '2.0.0', schemaVersion: SCHEMA_VERSION, previousVersion: null, changes: null });
    expect(manifest.pages).toEqual([
      { file: 'raw/kg/executive-branch.html', country: 'kg', section: 'Executive branch', sha256: '0'.repeat(64), latestDate: '2011-10' },
    ]);
    expect(manifest.files.map((f) => f.path)).toEqual([...files.keys()].filter((p) => p !== 'SHA256SUMS' && p !== 'manifest.json').sort());
    for (const file of manifest.files) {
      const content = files.get(file.path)!;
      expect(file.sha256).toBe(sha256(content));
      expect(file.bytes).toBe(Buffer.byteLength(content));
      if (file.path.endsWith('.csv')) expect(file.rows, file.path).toBe((parse(content) as unknown[]).length - 1);
      else expect(file).not.toHaveProperty('rows');
    }
    expect(manifest.files.find((f) => f.path === 'csv/persons.csv')!.rows).toBe(3);
  });

  it('should derive a deterministic version from the schema, the newest page date and the pages\' hashes', () => {
    const a = buildRelease({ profiles: [sampleProfile()], dataset: dataset() }).version;
    expect(a).toMatch(new RegExp(`^${SCHEMA_VERSION}\\.201110\\+[0-9a-f]{8}$`));
    const changed = sampleProfile();
    changed.source.sha256 = '1'.repeat(64);
    expect(buildRelease({ profiles: [changed], dataset: dataset() }).version).not.toBe(a);
  });

  it('should start the changelog with "Initial release" when there is no previous release', () => {
    const { files } = buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1.0.0' });
    expect(files.get('CHANGELOG.md')).toBe(
      '# Changelog\n\nEvery release of the country-profiles dataset, newest first. Each entry is the diff against the release before it.\n\n' +
        '## 1.0.0\n\nInitial release. 1 page (raw/kg/executive-branch.html): 3 persons, 5 organizations, 4 memberships, 2 events, 2 tasks, 1 statistic, 1 group, 1 material, 1 note.\n',
    );
  });

  it('should write the diff against the previous release into the changelog, above the older entries', () => {
    const first = buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1.0.0' });
    const second = buildRelease({
      profiles: [reshuffled()],
      dataset: dataset([reshuffled()]),
      version: '1.1.0',
      previous: { version: '1.0.0', profiles: [sampleProfile()], changelog: first.files.get('CHANGELOG.md')! },
    });
    const text = second.files.get('CHANGELOG.md')!;
    expect(text).toContain('## 1.1.0\n\nChanges since 1.0.0. 1 page');
    expect(text).toContain('### Posts changed hands (1)\n\n- **Prime Minister (Government)**: Osmonova Gulnara → Bekova Aida, since 2012-04');
    expect(text).not.toContain('<!-- country-profiles-diff -->');
    expect(text.indexOf('## 1.1.0')).toBeLessThan(text.indexOf('## 1.0.0\n\nInitial release.'));
    expect(text.match(/^# Changelog$/gm)).toHaveLength(1);
    const manifest = JSON.parse(second.files.get('manifest.json')!) as Manifest;
    expect(manifest.previousVersion).toBe('1.0.0');
    expect(manifest.changes).toMatchObject({ total: 3, posts: 1 });
  });

  it('should refuse a dataset that brings its own manifest, and a version with spaces', () => {
    const files = dataset();
    files.set('manifest.json', '{}');
    expect(() => buildRelease({ profiles: [sampleProfile()], dataset: files })).toThrow(/must not contain manifest.json/);
    expect(() => buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1 0' })).toThrow(/release version/);
  });
});

describe('text from a previous release', () => {
  it('should reach the new changelog inert: no HTML, no hidden marker, no mention, no control character', () => {
    const previousChangelog = '# Changelog\n\n## 0.9.0\n\n<script>alert(1)</script> <!-- country-profiles-diff --> ping @team and #12\u0007\u202e.\n';
    const { files } = buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1.0.0', previous: { version: '0.9.0', profiles: [sampleProfile()], changelog: previousChangelog } });
    const text = files.get('CHANGELOG.md')!;
    expect(text).toContain('## 0.9.0\n\n&lt;script>alert(1)&lt;/script> &lt;!-- country-profiles-diff --> ping @&#8203;team and #&#8203;12.');
    expect(text).not.toMatch(/<|\u0007|\u202e/);
  });

  it('should keep its own earlier entries byte for byte', () => {
    const first = buildRelease({ profiles: [sampleProfile()], dataset: dataset(), version: '1.0.0' });
    const second = buildRelease({ profiles: [reshuffled()], dataset: dataset(), version: '1.1.0', previous: { version: '1.0.0', profiles: [sampleProfile()], changelog: first.files.get('CHANGELOG.md')! } });
    const third = buildRelease({ profiles: [reshuffled()], dataset: dataset(), version: '1.2.0', previous: { version: '1.1.0', profiles: [reshuffled()], changelog: second.files.get('CHANGELOG.md')! } });
    const entries = (text: string) => text.slice(text.indexOf('## 1.1.0'));
    expect(entries(third.files.get('CHANGELOG.md')!)).toBe(entries(second.files.get('CHANGELOG.md')!));
  });

  it('should refuse a previous version that is not a plain version', () => {
    expect(() => buildRelease({ profiles: [sampleProfile()], dataset: dataset(), previous: { version: '1.0 <b>', profiles: [sampleProfile()], changelog: null } })).toThrow(/previous release's version/);
  });
});
