import type { RootContent } from 'mdast';
import type { ProfileContext } from '../context.js';
import { code, heading, link, list, text, type Inline } from '../mdast.js';

/** How many hex digits of the page's SHA-256 to show: enough to tell versions apart by eye. */
export const SHORT_HASH_LENGTH = 12;

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
    [text('SHA-256: '), code(source.sha256.slice(0, SHORT_HASH_LENGTH))],
  ];
  return [heading(2, 'Source'), list(items)];
}
