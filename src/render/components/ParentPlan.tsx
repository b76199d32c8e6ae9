import type { Ctx } from './context.js';
import {
  ActionTable,
  AfterTheOrder,
  Contacts,
  Contingency,
  DraftNotice,
  NextReview,
  ObjectiveCard,
  OrderFacts,
} from './parts.js';

/**
 * @internal The parent/carer copy: the goals and actions shared with parents and carers, the
 * person's own part first (when the copy is for a named person), the order and what happens if
 * it is not kept, reviews and who to contact.
 */
export function ParentPlan({ ctx }: { ctx: Ctx }) {
  const { doc, m } = ctx;
  const person = doc.person;
  const mine = person
    ? doc.objectives.flatMap((o) =>
        o.actions.filter((a) => a.owner.kind === 'parent-carer' && a.owner.personId === person.id),
      )
    : [];
  return (
    <>
      <DraftNotice ctx={ctx} />
      {person ? <p>{m.parent.forPerson(person.name ?? person.relationship)}</p> : null}
      <p>{m.parent.intro(ctx.name)}</p>
      {person ? (
        <section aria-labelledby="your-part">
          <h2 id="your-part">{m.parent.yourPart}</h2>
          {mine.length > 0 ? <ActionTable ctx={ctx} actions={mine} /> : <p>{m.parent.noPartYet}</p>}
        </section>
      ) : null}
      <section aria-labelledby="goals">
        <h2 id="goals">{m.parent.goals}</h2>
        {doc.objectives.length === 0 ? <p>{m.common.noGoals}</p> : null}
        {doc.objectives.map((o) => (
          <ObjectiveCard key={o.id} ctx={ctx} objective={o} />
        ))}
      </section>
      <Contingency ctx={ctx} level={2} />
      <section aria-labelledby="order">
        <h2 id="order">{m.parent.order}</h2>
        <OrderFacts ctx={ctx} level={3} />
      </section>
      <section aria-labelledby="reviews">
        <h2 id="reviews">{m.parent.reviews}</h2>
        <NextReview ctx={ctx} />
        <p>{m.parent.reviewsText}</p>
      </section>
      <section aria-labelledby="call">
        <h2 id="call">{m.parent.whoToCall}</h2>
        <Contacts ctx={ctx} />
        <p>{m.common.emergency}</p>
      </section>
      <AfterTheOrder ctx={ctx} />
    </>
  );
}
