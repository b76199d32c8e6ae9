import { addMonths } from '../../_lib/calendar.js';
import { type DisposalType, disposalCatalogue } from '../../law/disposals.js';
import type { Child, ResponsivityNeed } from '../../model/child.js';
import type { IsoDate } from '../../model/dates.js';
import type { Disposal } from '../../model/disposal/schema.js';
import type { ParentCarer } from '../../model/parentCarer.js';
import type { Choices } from '../_lib/choices.js';
import { addDays } from '../_lib/days.js';
import { lawfulDisposal } from '../_lib/lawful.js';
import { panelAttendee } from '../_lib/panel.js';
import { type CaseSetup, involvable } from '../_lib/setup.js';
import { supervisionEnds } from '../_lib/supervision.js';
import { AGE_MIX, CHANCES, DISPOSAL_MIX, LENGTH_MIX } from './mix.js';

const NEEDS: readonly (readonly [ResponsivityNeed, number])[] = [
  [
    {
      kind: 'speech-language-communication',
      description: 'Needs short spoken instructions and visual prompts',
    },
    0.35,
  ],
  [{ kind: 'learning', description: 'Dyslexia: written material read aloud' }, 0.2],
  [{ kind: 'neurodiversity', description: 'ADHD: short sessions with breaks' }, 0.15],
  [{ kind: 'mental-health', description: 'Anxiety in new places' }, 0.15],
  [{ kind: 'trauma', description: 'Experienced domestic abuse at home' }, 0.1],
];

/** Ages a disposal type is simulated for (fostering only young enough to end before 18). */
function ageFor(type: DisposalType, c: Choices): number {
  const { category } = disposalCatalogue[type];
  if (type === 'youth-rehabilitation-order-fostering')
    return c.weighted(AGE_MIX.court.filter(([a]) => a <= 15));
  if (category === 'out-of-court') return c.weighted(AGE_MIX['out-of-court']);
  return c.weighted(category === 'custody' ? AGE_MIX.custody : AGE_MIX.court);
}

const person = (
  id: string,
  role: ParentCarer['role'],
  relationship: string,
  parentalResponsibility: boolean,
  restrictions: ParentCarer['restrictions'] = [],
): ParentCarer => ({ id, role, relationship, parentalResponsibility, restrictions });

const NO_CONTACT: ParentCarer['restrictions'] = [
  { kind: 'no-contact', reason: 'Non-molestation order', source: 'court-order' },
  {
    kind: 'no-sharing-of-plan',
    reason: 'The plan shows where the child lives and studies',
    source: 'court-order',
  },
];
const NO_WHEREABOUTS: ParentCarer['restrictions'] = [
  {
    kind: 'no-sharing-of-whereabouts',
    reason: 'The child’s school and address are kept from him',
    source: 'safeguarding-decision',
  },
];

function peopleFor(child: Child, c: Choices): ParentCarer[] {
  if (child.lookedAfter) {
    return [
      person('pc-la', 'corporate-parent', 'local authority', true),
      person('pc-carer', 'foster-carer', 'foster carer', false),
    ];
  }
  const people: ParentCarer[] = [];
  if (c.chance(0.9)) people.push(person('pc-mum', 'parent', 'mother', true));
  if (c.chance(CHANCES.restrictedParent)) {
    people.push(
      person('pc-dad', 'parent', 'father', true, c.chance(0.7) ? NO_CONTACT : NO_WHEREABOUTS),
    );
  } else if (c.chance(0.45)) {
    people.push(person('pc-dad', 'parent', 'father', true));
  }
  if (people.length === 0 || c.chance(0.05)) {
    people.push(person('pc-gran', 'kinship-carer', 'grandmother', false));
  }
  return people;
}

/**
 * @internal Who a simulated case is about: a disposal from the caseload mix (or the one asked
 * for), passed or decided on `start`, a child of a plausible age for it with a date of birth
 * that gives that age at conviction, their responsivity needs, the people around them and the
 * practitioners.
 */
export function simulatedSetup(
  c: Choices,
  options: { caseId: string; start: IsoDate; disposalType?: DisposalType },
): CaseSetup {
  const type = options.disposalType ?? c.weighted(DISPOSAL_MIX);
  const court = disposalCatalogue[type].courtOrder;
  const convicted = court && c.chance(0.5) ? addDays(options.start, -c.int(1, 28)) : options.start;
  const age = ageFor(type, c);
  const child: Child = {
    id: `child-${options.caseId}`,
    dateOfBirth: addDays(addMonths(convicted, -12 * age), -c.int(0, 360)),
    lookedAfter: c.chance(CHANCES.lookedAfter),
    needs: NEEDS.filter(([, p]) => c.chance(p)).map(([need]) => need),
    firstLanguage: 'English',
    interpreterRequired: false,
  };
  const people = peopleFor(child, c);
  // Lawful for the child's age by the law tables, with the caseload's typical lengths.
  const made = lawfulDisposal(type, { on: options.start, convicted, age }, c, LENGTH_MIX);
  const disposal = panelDutyFor(made, child, people);
  return {
    caseId: options.caseId,
    caseManager: `pr-${c.int(1, 40)}`,
    manager: `mgr-${c.int(1, 6)}`,
    openedOn: options.start,
    child,
    disposal,
    people,
    supervisionEnds: supervisionEnds(disposal),
  };
}

/**
 * A court orders a parent or guardian to attend referral order panels only where one can
 * (Sentencing Act 2020 s.90): where the only parents are barred from contact, it finds the
 * order unreasonable instead.
 */
function panelDutyFor(disposal: Disposal, child: Child, people: readonly ParentCarer[]): Disposal {
  const attendee = panelAttendee(disposal, child.lookedAfter);
  if (!attendee || involvable(people).some(attendee)) return disposal;
  return {
    ...disposal,
    parentOrderedToAttend: false,
    parentAttendanceUnreasonable: true,
  } as Disposal;
}
