import type { RootContent } from 'mdast';
import type { ProfileContext } from '../context.js';
import { code, heading, link, list, text, type Inline } from '../mdast.js';

/** Where the page came from and how current it is. */
export function sourceFactsSection({ profile, labels }: ProfileContext): RootContent[] {
  const source = profile.source;
  const words = labels.sourceFacts;
  const items: Inline[] = [
    `${words.title}${source.title}`,
    `${words.publisher}${source.publisher ?? words.notRecorded}`,
    source.url === null ? `${words.url}${words.notRecorded}` : [text(words.url), link(source.url)],
    `${words.retrieved}${source.retrieved ?? words.notRecorded}`,
    `${words.latestDate}${source.latestDate ?? words.noneFound}`,
    `${words.language}${source.language}`,
    [text(words.rawFile), code(source.file), text(` (${source.format}, ${source.encoding})`)],
    // In full: a reader checks it with sha256sum, which a shortened hash cannot do.
    [text('SHA-256: '), code(source.sha256)],
  ];
  return [heading(2, labels.headings.source), list(items)];
}
