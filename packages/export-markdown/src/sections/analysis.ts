import type { RootContent } from 'mdast';
import type { Group, Statistic } from '@profiles/model';
import type { Labels } from '../labels.js';
import type { ProfileContext } from '../context.js';
import { byKeys, compareCodePoints } from '../compare.js';
import { blocks, heading, paragraph, table } from '../mdast.js';
import { notesParagraphs, recordedNotes } from './notes.js';

/**
 * The page's analysis: the paragraphs records were read from (as the page writes them), then as tables: groups (sorted by category, then name) and survey figures
 * (grouped by author and topic, highest value first; a figure whose pollster the page does not
 * name shows "not named" and sorts first).
 */
export function analysisSection(context: ProfileContext): RootContent[] {
  const { profile, labels } = context;
  const { columns } = labels;
  const prose = recordedNotes(context);
  const groups = [...profile.groups].sort(byKeys((g) => [g.category, g.name, g.id]));
  const statistics = [...profile.statistics].sort(
    (a, b) =>
      compareCodePoints(a.author ?? '', b.author ?? '') ||
      compareCodePoints(a.topic, b.topic) ||
      b.value - a.value ||
      compareCodePoints(a.subject, b.subject) ||
      compareCodePoints(a.id, b.id),
  );
  if (groups.length === 0 && statistics.length === 0 && prose.length === 0) return [];
  return blocks(
    heading(2, labels.headings.analysis),
    prose.length === 0 ? null : [paragraph(labels.analysisLead), ...notesParagraphs(prose, context)],
    groups.length === 0
      ? null
      : [
          heading(3, labels.headings.groups),
          groupsTable(groups, context),
        ],
    statistics.length === 0
      ? null
      : [
          heading(3, labels.headings.surveyFigures),
          table(
            [columns.author, columns.topic, columns.subject, columns.value],
            statistics.map((s) => [s.author ?? labels.authorNotNamed, s.topic, s.subject, valueCell(s, labels)]),
          ),
        ],
  );
}

/** The groups as a table, with their people (a column the table drops where no group names any). */
function groupsTable(groups: readonly Group[], context: ProfileContext): RootContent {
  const { columns } = context.labels;
  const members = (g: Group) => g.memberIds.map((id) => context.personName(id)).join('; ');
  return table(
    [columns.name, columns.category, columns.localName, columns.region, columns.description, columns.members],
    groups.map((g) => [g.name, g.category, g.localName ?? '', g.region ?? '', g.description ?? '', members(g)]),
  );
}

/** A figure as the table shows it: a percentage alone ("82.1"), a rank or a score with its scale and unit ("170 / 176 (rank)"). */
export function valueCell(s: Pick<Statistic, 'value' | 'unit' | 'outOf'>, labels: Labels): string {
  if (s.unit === 'percent') return String(s.value);
  return `${s.value}${s.outOf === null ? '' : ` / ${s.outOf}`} (${labels.scaleUnits[s.unit]})`;
}
