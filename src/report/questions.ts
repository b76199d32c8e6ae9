/**
 * The questions the youth inspection asks of casework, in the order it asks them: assessment,
 * planning, implementation and delivery, reviewing; each on the child's desistance, the child's
 * safety and wellbeing and other people's safety; whether the child and parents/carers were
 * involved; and, for reviewing, whether reviews were on time. How each is judged from a case's
 * records and findings is in `judge.ts` (and ADR 0037).
 *
 * @example
 * QUESTIONS.filter((q) => q.area === 'planning').map((q) => q.id);
 * // ['planning.desistance', 'planning.safety-and-wellbeing', 'planning.safety-of-others', 'planning.involvement']
 */
export const QUESTIONS = [
  q('assessment', 'desistance', 'Does assessment analyse how to support the child’s desistance?'),
  q('assessment', 'safety-and-wellbeing', 'Does assessment analyse how to keep the child safe?'),
  q('assessment', 'safety-of-others', 'Does assessment analyse how to keep other people safe?'),
  q('assessment', 'involvement', 'Were the child and parents/carers involved in assessment?'),
  q('planning', 'desistance', 'Does planning focus on supporting the child’s desistance?'),
  q('planning', 'safety-and-wellbeing', 'Does planning focus on keeping the child safe?'),
  q('planning', 'safety-of-others', 'Does planning focus on keeping other people safe?'),
  q('planning', 'involvement', 'Were the child and parents/carers involved in planning?'),
  q('delivery', 'desistance', 'Does delivery support the child’s desistance?'),
  q('delivery', 'safety-and-wellbeing', 'Does delivery support the child’s safety?'),
  q('delivery', 'safety-of-others', 'Does delivery support the safety of other people?'),
  q('delivery', 'involvement', 'Does delivery engage the child (compliance handled fairly)?'),
  q('reviewing', 'desistance', 'Does reviewing focus on the child’s desistance?'),
  q('reviewing', 'safety-and-wellbeing', 'Does reviewing focus on keeping the child safe?'),
  q('reviewing', 'safety-of-others', 'Does reviewing focus on keeping other people safe?'),
  q('reviewing', 'involvement', 'Were the child and parents/carers involved in reviewing?'),
  q('reviewing', 'on-time', 'Are reviews on time?'),
] as const;

function q<A extends Area, T extends Topic>(area: A, topic: T, text: string) {
  return { id: `${area}.${topic}` as `${A}.${T}`, area, topic, text };
}

/**
 * The four areas of casework an inspection looks at, in order.
 *
 * @example
 * const area: Area = 'delivery';
 */
export type Area = 'assessment' | 'planning' | 'delivery' | 'reviewing';

/** @internal The areas in the inspection's order, with their headings. */
export const AREAS: readonly { readonly id: Area; readonly title: string }[] = [
  { id: 'assessment', title: 'Assessment' },
  { id: 'planning', title: 'Planning' },
  { id: 'delivery', title: 'Implementation and delivery' },
  { id: 'reviewing', title: 'Reviewing' },
];

/**
 * What a question asks about.
 *
 * @example
 * const topic: Topic = 'safety-of-others';
 */
export type Topic =
  | 'desistance'
  | 'safety-and-wellbeing'
  | 'safety-of-others'
  | 'involvement'
  | 'on-time';

/** @internal Short labels of the topics, for charts. */
export const TOPIC_LABEL: Record<Topic, string> = {
  desistance: 'Desistance',
  'safety-and-wellbeing': 'Child’s safety and wellbeing',
  'safety-of-others': 'Other people’s safety',
  involvement: 'Child and parents/carers involved',
  'on-time': 'Reviews on time',
};

/**
 * A question's id, such as `planning.safety-of-others`.
 *
 * @example
 * const id: QuestionId = 'reviewing.on-time';
 */
export type QuestionId = (typeof QUESTIONS)[number]['id'];

/**
 * How a case answers a question: judged sufficient, not sufficient, or not asked of it (no
 * signed-off assessment yet, no plan in delivery, no review held or due...).
 *
 * @example
 * const answer: Answer = 'not-applicable';
 */
export type Answer = 'sufficient' | 'insufficient' | 'not-applicable';
