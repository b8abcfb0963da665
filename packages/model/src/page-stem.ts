import type { Source } from './records.js';

/**
 * A page's place in every output folder, from its raw file: `kz/executive-branch` for
 * `raw/kz/executive-branch.txt` (whatever the format), `kz/executive-branch/2012-03-05` for a dated
 * snapshot `raw/kz/executive-branch/2012-03-05.html`. Each exporter adds its own extension.
 *
 * @example pageStem({ file: 'raw/kz/executive-branch.txt', country: { code: 'kz', name: 'Kazakhstan' } }) // 'kz/executive-branch'
 */
export function pageStem(source: Pick<Source, 'file' | 'country'>): string {
  const parts = source.file.split('/');
  const name = parts.pop()!.replace(/\.[^.]+$/, '');
  const snapshot = parts.length >= 3 && /^\d{4}-\d{2}-\d{2}$/.test(name) ? `${parts[parts.length - 1]}/` : '';
  return `${source.country.code}/${snapshot}${name}`;
}
