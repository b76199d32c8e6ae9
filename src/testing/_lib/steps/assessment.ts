import { minDate } from '../../../_lib/calendar.js';
import type { Assessment } from '../../../model/assessment.js';
import type { IsoDate } from '../../../model/dates.js';
import { disposalCategory } from '../../../model/disposal/index.js';
import type { CaseWriter } from '../caseWriter.js';
import { addDays } from '../days.js';
import { type AssessmentPlan, makeAssessment } from '../makeAssessment.js';
import { type CaseSetup, involvable } from '../setup.js';
import { writeMeeting } from './involvement.js';

/** @internal What the assessment step needs beyond the case. */
export type AssessmentStep = Pick<
  AssessmentPlan,
  'id' | 'kind' | 'choices' | 'ratings' | 'interventionLevel' | 'previous'
> & {
  readonly start: IsoDate;
  readonly completedOn?: IsoDate;
  readonly signedOffOn?: IsoDate;
  /** Fields of the assessment to use instead of the typical ones. */
  readonly overrides?: Partial<Assessment>;
};

/**
 * @internal Writes an assessment from start to sign-off: started, parents/carers invited to the
 * assessment meeting, submitted, sometimes returned for rework and resubmitted, signed off by
 * the manager. Returns the assessment and the sign-off date.
 */
export function writeAssessment(
  w: CaseWriter,
  setup: CaseSetup,
  step: AssessmentStep,
): { assessment: Assessment; signedOffOn: IsoDate } {
  const c = step.choices;
  const meetingOn = addDays(step.start, c.int(2, 5));
  const submittedOn = step.completedOn ?? addDays(meetingOn, c.int(4, 9));
  const metOn = minDate(meetingOn, submittedOn);
  w.add('assessment.started', step.start, { assessmentId: step.id, on: step.start });
  const involved = setup.involvement !== false;
  const people = involved ? involvable(setup.people) : [];
  const came = writeMeeting(w, people, 'assessment', step.start, metOn, c);
  const assessment = {
    ...makeAssessment({
      ...step,
      completedOn: submittedOn,
      completedBy: setup.caseManager,
      category: disposalCategory(setup.disposal),
      people: people.filter((p) => came.get(p.id) === true),
      viewsOn: metOn,
    }),
    ...step.overrides,
  };
  for (const v of involved ? assessment.parentCarerViews : []) {
    w.add('involvement.recorded', metOn, {
      record: {
        kind: 'views-recorded',
        id: w.nextId('inv'),
        personId: v.personId,
        on: metOn,
        views: v.views,
      },
    });
  }
  w.add('assessment.submitted', submittedOn, { assessment });
  let signedOffOn = step.signedOffOn ?? addDays(submittedOn, c.int(1, 4));
  if (c.chance(0.08)) {
    w.add(
      'assessment.returned',
      signedOffOn,
      {
        assessmentId: step.id,
        on: signedOffOn,
        reason: 'Add the analysis behind the safety rating',
      },
      setup.manager,
    );
    const again = addDays(signedOffOn, c.int(1, 3));
    w.add('assessment.submitted', again, { assessment: { ...assessment, completedOn: again } });
    signedOffOn = addDays(again, c.int(0, 2));
  }
  w.add(
    'assessment.signedOff',
    signedOffOn,
    { assessmentId: step.id, on: signedOffOn },
    setup.manager,
  );
  return { assessment, signedOffOn };
}
