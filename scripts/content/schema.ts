import { z } from 'zod';

/** The frontmatter every lesson must have, and nothing else (unknown fields are errors). */
export const frontmatterSchema = z.strictObject({
  title: z.string().trim().min(1, 'must be a non-empty string'),
  summary: z.string().trim().min(1, 'must be a non-empty string'),
  order: z.number().int('must be a whole number').min(0, 'must be 0 or more'),
  objectives: z
    .array(z.string().trim().min(1, 'items must be non-empty strings'))
    .min(2, 'needs 2 to 5 items')
    .max(5, 'needs 2 to 5 items'),
  minutes: z.number().int('must be a whole number').positive('must be greater than 0'),
});

/** Validated lesson frontmatter. */
export type Frontmatter = z.infer<typeof frontmatterSchema>;
