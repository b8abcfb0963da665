import { splitSentences, stripArticle, stripTrailingPunctuation } from '../normalize.js';
import { parseDecimal } from './election.js';

export interface SurveyFigure {
  author: string;
  topic: string;
  subject: string;
  value: number;
  text: string;
}

const SURVEY = /^According to (?:the |a )?(?:\w+\s+)?(?:survey|poll|study|research|rating|opinion poll)\s+(?:conducted|carried out|held|made|published)\s+by\s+(?:the\s+)?(.+?),\s*(.+?)\s*(?:\bare\b|\bwere\b|\bis\b|:)\s*:?\s*(.+)$/i;
const ITEM = /^(?:and\s+)?(.+?)\s*\(\s*(\d{1,3}(?:[.,]\d+)?)\s*%\s*\)$/i;

/**
 * "According to the survey conducted by <author>, <topic> are: the A (66.7%), B (61.9%), and C
 * (38.1%)." → one figure per item, each with the survey's author and topic.
 */
export function findSurveyFigures(paragraph: string): SurveyFigure[] {
  const figures: SurveyFigure[] = [];
  for (const sentence of splitSentences(paragraph)) {
    const match = SURVEY.exec(stripTrailingPunctuation(sentence));
    if (!match) continue;
    const [, author, topic, list] = match;
    for (const part of list!.split(/\s*[,;]\s*(?=[^)]*(?:\(|$))/)) {
      const item = ITEM.exec(part.trim());
      if (!item) continue;
      figures.push({
        author: author!.trim(),
        topic: stripArticle(topic!.trim()),
        subject: stripArticle(item[1]!.trim()),
        value: parseDecimal(item[2]!),
        text: sentence,
      });
    }
  }
  return figures;
}
