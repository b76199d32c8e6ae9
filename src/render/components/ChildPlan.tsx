import type { DocAction } from '../planDocument.js';
import type { Ctx } from './context.js';
import {
  ActionStatus,
  AfterTheOrder,
  Contacts,
  Contingency,
  DraftNotice,
  NextReview,
  OrderFacts,
} from './parts.js';

/** The next few things due from today, soonest first. */
function comingUp(ctx: Ctx, howMany: number): DocAction[] {
  return ctx.doc.objectives
    .flatMap((o) => o.actions)
    .filter(
      (a) =>
        a.dueDate !== undefined &&
        a.dueDate >= ctx.doc.asOf &&
        (a.status === 'planned' || a.status === 'in-progress'),
    )
    .sort((a, b) => (a.dueDate ?? '').localeCompare(b.dueDate ?? ''))
    .slice(0, howMany);
}

/**
 * @internal The child's plan: spoken to the child, their own words first, one idea per
 * sentence; then what happens next, who to call, and the order with what happens if it is not
 * kept.
 */
export function ChildPlan({ ctx }: { ctx: Ctx }) {
  const { doc, m } = ctx;
  const next = comingUp(ctx, 3);
  return (
    <>
      <DraftNotice ctx={ctx} />
      <p>{m.child.intro(ctx.name)}</p>
      {doc.childViews ? (
        <section aria-labelledby="my-words">
          <h2 id="my-words">{m.child.myWords}</h2>
          <blockquote class="quote">
            <p>{doc.childViews}</p>
          </blockquote>
        </section>
      ) : null}
      <section aria-labelledby="my-goals">
        <h2 id="my-goals">{m.child.myGoals}</h2>
        {doc.objectives.length === 0 ? <p>{m.common.noGoals}</p> : null}
        <ol>
          {doc.objectives.map((o) => (
            <li key={o.id} class="card">
              <h3>{o.childWords ?? o.wording}</h3>
              {o.childWords ? (
                <p class="meta">
                  {m.child.inWhatWeWrote}: {o.wording}
                </p>
              ) : null}
              <p>
                <span class="tag">{m.achievement[o.achievement]}</span>
                {o.targetDate ? ` ${m.common.by(ctx.date(o.targetDate))}` : ''}
              </p>
              {o.actions.length > 0 ? (
                <>
                  <h4>{m.child.whatWillHappen}</h4>
                  <ul>
                    {o.actions.map((a) => (
                      <li key={a.id}>
                        <strong>{ctx.owner(a.owner)}</strong>: {a.childWords ?? a.description}
                        {a.dueDate ? ` (${m.common.by(ctx.date(a.dueDate))})` : ''}{' '}
                        <ActionStatus ctx={ctx} action={a} />
                        {a.voluntary ? (
                          <>
                            <br />
                            <small>{m.common.voluntary}</small>
                          </>
                        ) : null}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
      <section aria-labelledby="next">
        <h2 id="next">{m.child.whatHappensNext}</h2>
        {next.length > 0 ? (
          <>
            <h3>{m.child.comingUp}</h3>
            <ul>
              {next.map((a) => (
                <li key={a.id}>
                  {a.dueDate ? ctx.date(a.dueDate) : ''}: {a.childWords ?? a.description} (
                  {ctx.owner(a.owner)})
                </li>
              ))}
            </ul>
          </>
        ) : null}
        <NextReview ctx={ctx} />
      </section>
      <section aria-labelledby="call">
        <h2 id="call">{m.child.whoToCall}</h2>
        <p>{m.child.callAbout}</p>
        <Contacts ctx={ctx} />
        <p>
          <strong>{m.common.emergency}</strong>
        </p>
      </section>
      <Contingency ctx={ctx} level={2} />
      <section aria-labelledby="order">
        <h2 id="order">{m.child.myOrder}</h2>
        <OrderFacts ctx={ctx} level={3} />
      </section>
      <AfterTheOrder ctx={ctx} />
    </>
  );
}
