import type { RootContent } from 'mdast';
import type { ProfileContext } from '../context.js';
import { code, heading, link, list, text, type Inline } from '../mdast.js';

/** Where the page came from and how current it is. */
export function sourceFactsSection({ profile }: ProfileContext): RootContent[] {
  const source = profile.source;
  const items: Inline[] = [
    `Title: ${source.title}`,
    `Publisher: ${source.publisher ?? 'not recorded'}`,
    source.url === null ? 'URL: not recorded' : [text('URL: '), link(source.url)],
    `Retrieved: ${source.retrieved ?? 'not recorded'}`,
    `Latest date on the page: ${source.latestDate ?? 'none found'}`,
    `Language: ${source.language}`,
    [text('Raw file: '), code(source.file), text(` (${source.format}, ${source.encoding})`)],
    // In full: a reader checks it with sha256sum, which a shortened hash cannot do.
    [text('SHA-256: '), code(source.sha256)],
  ];
  return [heading(2, 'Source'), list(items)];
}
