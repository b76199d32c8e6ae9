import * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';

/**
 * An opaque identifier chosen by the host system: 1-128 characters, starting with a letter or
 * digit, then letters, digits, `.`, `_`, `:` or `-`. Never a name or other personal data.
 *
 * @example
 * IdSchema.parse('child-0042'); // ok
 * IdSchema.parse('__proto__');  // rejected
 */
export const IdSchema = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._:-]{0,127}$/, {
    error:
      'Expected an identifier (1-128 letters, digits, . _ : -, starting with a letter or digit)',
  })
  .describe('Opaque identifier');

/**
 * An opaque identifier; see {@link IdSchema}.
 *
 * @example
 * const caseId: Id = 'case-kai';
 */
export type Id = Immutable<z.infer<typeof IdSchema>>;

/**
 * A short piece of free text written by a practitioner, child or parent/carer
 * (1-4000 characters). Free text may hold personal data: the library never puts it in
 * error messages.
 *
 * @example
 * TextSchema.parse('I want to get back to college');
 */
export const TextSchema = z.string().trim().min(1).max(4000);
