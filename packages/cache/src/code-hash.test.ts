import { mkdirSync, mkdtempSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { codeHash } from './code-hash.js';

/** A small workspace: packages a (depends on b) and b, linked from node_modules as npm does. */
function workspace(): string {
  const root = mkdtempSync(join(tmpdir(), 'profiles-code-'));
  for (const [name, deps] of [['a', { '@x/b': '*' }], ['b', {}]] as const) {
    mkdirSync(join(root, name, 'src'), { recursive: true });
    mkdirSync(join(root, name, 'lib'), { recursive: true });
    writeFileSync(join(root, name, 'package.json'), JSON.stringify({ name: `@x/${name}`, dependencies: deps }));
    writeFileSync(join(root, name, 'src/index.ts'), `export const ${name} = 1;\n`);
    writeFileSync(join(root, name, 'lib/index.js'), `export const ${name} = 1;\n`);
  }
  mkdirSync(join(root, 'node_modules/@x'), { recursive: true });
  return root;
}

describe('codeHash', () => {
  it('should be the same for the same code, wherever it is', async () => {
    const one = workspace();
    const two = workspace();
    expect(await codeHash(join(one, 'b'))).toBe(await codeHash(join(two, 'b')));
  });

  it.each([
    ['a source file', 'b/src/index.ts', 'export const b = 2;\n'],
    ['a built file', 'b/lib/index.js', 'export const b = 2;\n'],
    ['a new source file', 'b/src/other.ts', '\n'],
  ])('should change with %s, and not with a test or a fixture', async (_, path, text) => {
    const root = workspace();
    const before = await codeHash(join(root, 'b'));
    const fresh = workspace();
    writeFileSync(join(fresh, 'b/src/index.test.ts'), 'test\n');
    mkdirSync(join(fresh, 'b/src/fixtures'));
    writeFileSync(join(fresh, 'b/src/fixtures/page.html'), '<p>\n');
    expect(await codeHash(join(fresh, 'b'))).toBe(before);
    const changed = workspace();
    writeFileSync(join(changed, path), text);
    expect(await codeHash(join(changed, 'b'))).not.toBe(before);
  });

  it("should count a workspace dependency's code", async () => {
    const hashOf = async (bSource: string) => {
      const root = workspace();
      writeFileSync(join(root, 'b/src/index.ts'), bSource);
      // npm links a workspace package from node_modules
      symlinkSync(join(root, 'b'), join(root, 'node_modules/@x/b'));
      return codeHash(join(root, 'a'));
    };
    expect(await hashOf('export const b = 1;\n')).not.toBe(await hashOf('export const b = 2;\n'));
  });

  it("should hash this repository's packages", async () => {
    const ingest = fileURLToPath(new URL('../../ingest', import.meta.url));
    expect(await codeHash(ingest)).toMatch(/^[0-9a-f]{64}$/);
  });
});
