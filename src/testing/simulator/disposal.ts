import type { DisposalType } from '../../law/disposals.js';
import type { IsoDate } from '../../model/dates.js';
import type { Disposal } from '../../model/disposal/schema.js';
import type { Choices } from '../_lib/choices.js';
import { lawfulDisposal } from '../_lib/lawful.js';
import { LENGTH_MIX } from './mix.js';

/**
 * @internal A disposal of `type` decided or passed on `on` (convicted on `convicted`), lawful for
 * a child of `age` then (the law tables bound every figure), with the caseload's typical lengths.
 */
export function simulatedDisposal(
  type: DisposalType,
  on: IsoDate,
  convicted: IsoDate,
  age: number,
  c: Choices,
): Disposal {
  return lawfulDisposal(type, { on, convicted, age }, c, LENGTH_MIX);
}
