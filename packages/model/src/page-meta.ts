import { z } from 'zod';
import { PartialDateSchema } from './records.js';

/**
 * The sidecar `raw/<country>/<section>.meta.json` beside a raw page: what the page itself does not
 * say reliably. Every field is optional; the page's own text wins where it states the same fact.
 */
export const PageMetaSchema = z.strictObject({
  publisher: z.string().min(1).optional(),
  title: z.string().min(1).optional(),
  url: z.url().optional(),
  language: z.string().regex(/^[a-z]{2,3}(-[A-Za-z0-9]+)*$/, 'must be a BCP 47 language tag').optional(),
  retrieved: PartialDateSchema.optional(),
  /** The character encoding to read the page in when it declares none and is not UTF-8. */
  encoding: z.string().min(1).optional(),
  notes: z.string().optional(),
});

export type PageMeta = z.infer<typeof PageMetaSchema>;
