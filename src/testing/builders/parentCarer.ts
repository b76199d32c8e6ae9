import {
  type ParentCarer,
  type ParentCarerInput,
  ParentCarerSchema,
} from '../../model/parentCarer.js';
import { validated } from '../_lib/validate.js';
import { BUILDER_IDS } from './defaults.js';

/**
 * A valid parent/carer: the child's mother, with parental responsibility and no restrictions.
 *
 * @throws {YjplanError} `invalid_input` when the overrides make an invalid record.
 * @example
 * aParentCarer({ id: 'pc-dad', relationship: 'father', restrictions: [{ kind: 'no-contact', reason: 'Court order', source: 'court-order' }] });
 */
export function aParentCarer(overrides: Partial<ParentCarerInput> = {}): ParentCarer {
  return validated(
    ParentCarerSchema,
    {
      id: BUILDER_IDS.parentCarerId,
      role: 'parent',
      relationship: 'mother',
      parentalResponsibility: true,
      restrictions: [],
      ...overrides,
    },
    'parent/carer',
  );
}
