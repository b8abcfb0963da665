import type { RootContent } from 'mdast';
import { comparePartialDates, type ProfileEvent } from '@profiles/model';
import type { ProfileContext } from '../context.js';
import { compareCodePoints } from '../compare.js';
import { heading, table } from '../mdast.js';

/** Numbers as the page gives them: `63.2`, `50`; empty when unknown. */
function numberCell(value: number | null): string {
  return value === null ? '' : String(value);
}

/**
 * The candidates of an election besides its winner, most votes first, each with the share the page
 * gives, else their count of votes: "Bakyt Sadykov (21.4%); Gulnara Osmonova", "Эгилс Левитс (24 голоса)", in the page's language. Of
 * a round nobody won, every candidate.
 */
function otherCandidates(context: ProfileContext, event: ProfileEvent): string {
  return event.results
    .filter((r) => r.personId !== event.personId)
    .map((r) => `${context.personName(r.personId)}${r.voteShare !== null ? ` (${r.voteShare}%)` : r.votes !== null ? ` (${context.labels.votesCount(r.votes)})` : ''}`)
    .join('; ');
}

/**
 * Elections and referendums as one table, oldest first (the model keeps no page order for events):
 * date, kind, who won, vote share, the other candidates with theirs, term, the office filled, a
 * referendum's outcome, then the winner's votes, the turnout and the page's own name for the event (new columns go last).
 */
export function electionsSection(context: ProfileContext): RootContent[] {
  const events = [...context.profile.events].sort(
    (a: ProfileEvent, b: ProfileEvent) => comparePartialDates(a.date, b.date) || compareCodePoints(a.kind, b.kind) || compareCodePoints(a.id, b.id),
  );
  if (events.length === 0) return [];
  const { headings, columns, eventKind } = context.labels;
  return [
    heading(2, headings.elections),
    table(
      [columns.date, columns.kind, columns.who, columns.voteShare, columns.otherCandidates, columns.term, columns.office, columns.outcome, columns.votes, columns.turnout, columns.eventTitle],
      events.map((event) => [
        event.date,
        eventKind(event.kind),
        context.personName(event.personId),
        numberCell(event.voteShare),
        otherCandidates(context, event),
        numberCell(event.termYears),
        context.organizationName(event.organizationId),
        event.outcome ?? '',
        numberCell(event.votes),
        numberCell(event.turnout),
        event.title ?? '',
      ]),
    ),
  ];
}
