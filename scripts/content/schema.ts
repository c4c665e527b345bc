import { z } from 'zod';

const text = () => z.string({ error: 'must be text' }).trim().min(1, 'must be a non-empty string');

/** The frontmatter every lesson must have, and nothing else (unknown fields are errors). */
export const frontmatterSchema = z.strictObject({
  title: text(),
  summary: text(),
  order: z.number({ error: 'must be a whole number' }).int('must be a whole number').min(0, 'must be 0 or more'),
  objectives: z
    .array(z.string({ error: 'items must be text' }).trim().min(1, 'items must be non-empty strings'), { error: 'must be a list' })
    .min(2, 'needs 2 to 5 items')
    .max(5, 'needs 2 to 5 items'),
  minutes: z.number({ error: 'must be a whole number' }).int('must be a whole number').positive('must be greater than 0'),
});

/** Validated lesson frontmatter. */
export type Frontmatter = z.infer<typeof frontmatterSchema>;
