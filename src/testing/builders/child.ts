import { type Child, type ChildInput, ChildSchema } from '../../model/child.js';
import type { IsoDate } from '../../model/dates.js';
import { validated } from '../_lib/validate.js';
import { BUILDER_IDS, BUILDER_START, dateOfBirthForAge } from './defaults.js';

/**
 * Overrides for {@link aChild}: any field of the child, or `age` (with the date `on` which the
 * child has it, default {@link BUILDER_START}) instead of a date of birth.
 *
 * @example
 * const o: ChildOverrides = { age: 13, lookedAfter: true };
 */
export type ChildOverrides = Partial<ChildInput> & { readonly age?: number; readonly on?: IsoDate };

/**
 * A valid child: 15 on the builder start date, not looked after, no recorded needs, English
 * speaking. Override any field, or give an `age`.
 *
 * @throws {YjplanError} `invalid_input` when the overrides make an invalid child.
 * @example
 * aChild({ age: 13, needs: [{ kind: 'learning', description: 'Dyslexia' }] });
 */
export function aChild(overrides: ChildOverrides = {}): Child {
  const { age = 15, on = BUILDER_START, ...fields } = overrides;
  return validated(
    ChildSchema,
    {
      id: BUILDER_IDS.childId,
      dateOfBirth: dateOfBirthForAge(age, on),
      lookedAfter: false,
      needs: [],
      firstLanguage: 'English',
      interpreterRequired: false,
      ...fields,
    },
    'child',
  );
}
