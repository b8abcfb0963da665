import { gzipSync } from 'node:zlib';
import { pack } from 'tar-stream';
import { byPath, bytesOf, type ReleaseFiles } from './files.js';

/** Every entry's time: the epoch, so the archive never depends on the clock. */
const EPOCH = new Date(0);

/**
 * A `.tar.gz` of `files` under one top folder (`country-profiles-1.0.0/…`), the same bytes for the
 * same files on every machine: entries in code-point order of path, folders before their files,
 * mtime 0, uid/gid 0 with no owner names, mode 0644 for files and 0755 for folders (ustar, via
 * tar-stream), and a gzip member without name or timestamp, its OS byte set to 255 ("unknown") so
 * the platform that wrote it does not show.
 *
 * @example await tarGz('country-profiles-1.0.0', release.files) // Buffer
 */
export async function tarGz(top: string, files: ReleaseFiles): Promise<Buffer> {
  if (!/^[\w.+-]+$/.test(top)) throw new Error(`archive folder must be letters, digits and . + - _ only: ${JSON.stringify(top)}`);
  const tar = pack();
  const chunks: Buffer[] = [];
  tar.on('data', (chunk: unknown) => chunks.push(chunk as Buffer));
  const done = new Promise<void>((resolve, reject) => {
    tar.on('end', () => resolve());
    tar.on('error', reject);
  });
  const common = { mtime: EPOCH, uid: 0, gid: 0, uname: '', gname: '' };
  const folders = new Set<string>();
  const entry = (header: Parameters<typeof tar.entry>[0], body?: Buffer) =>
    new Promise<void>((resolve, reject) => {
      tar.entry(header, body ?? Buffer.alloc(0), (error) => (error ? reject(error) : resolve()));
    });
  await entry({ ...common, name: `${top}/`, type: 'directory', mode: 0o755 });
  for (const path of [...files.keys()].sort(byPath)) {
    if (path.startsWith('/') || path.split('/').some((part) => part === '' || part === '.' || part === '..')) throw new Error(`not a plain relative path: ${JSON.stringify(path)}`);
    const parts = path.split('/');
    for (let i = 1; i < parts.length; i += 1) {
      const folder = parts.slice(0, i).join('/');
      if (!folders.has(folder)) {
        folders.add(folder);
        await entry({ ...common, name: `${top}/${folder}/`, type: 'directory', mode: 0o755 });
      }
    }
    await entry({ ...common, name: `${top}/${path}`, type: 'file', mode: 0o644 }, bytesOf(files.get(path)!));
  }
  tar.finalize();
  await done;
  const gz = gzipSync(Buffer.concat(chunks), { level: 9 });
  gz[9] = 0xff;
  return gz;
}
