import type { RootContent } from 'mdast';
import type { Material } from '@profiles/model';
import type { ProfileContext } from '../context.js';
import { heading, link, table, type Inline } from '../mdast.js';

/** The link cell: the title (or the address) linked; the title alone when there is no address. */
function linkCell(material: Material): Inline {
  if (material.url === null) return material.title ?? '';
  return link(material.url, material.title ?? material.url);
}

/** Related materials in the page's order: kind, date, link. */
export function materialsSection({ profile, labels }: ProfileContext): RootContent[] {
  const materials = [...profile.materials].sort((a, b) => a.position - b.position);
  if (materials.length === 0) return [];
  return [
    heading(2, labels.headings.materials),
    table(
      [labels.columns.kind, labels.columns.date, labels.columns.link],
      materials.map((m) => [m.kind, m.date, linkCell(m)]),
    ),
  ];
}
