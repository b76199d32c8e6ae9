import type { ContactCard } from '../options.js';
import type { DocAction, DocObjective } from '../planDocument.js';
import type { Ctx } from './context.js';

/** @internal A column of figures, right-aligned (its header and its cells). */
export interface FiguresColumn {
  readonly figures: string;
}

/**
 * @internal A table's header row: one `th scope="col"` per column, a column of figures
 * right-aligned.
 */
export function TableHead({ columns }: { columns: readonly (string | FiguresColumn)[] }) {
  return (
    <thead>
      <tr>
        {columns.map((c) =>
          typeof c === 'string' ? (
            <th scope="col">{c}</th>
          ) : (
            <th scope="col" class="num">
              {c.figures}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}

/** @internal The draft notice of a catalogue awaiting review, when there is one. */
export function DraftNotice({ ctx }: { ctx: Ctx }) {
  return ctx.m.draftNotice ? (
    <p class="notice" role="note">
      {ctx.m.draftNotice}
    </p>
  ) : null;
}

/** @internal An action's status as a word in a bordered tag (never colour alone). */
export function ActionStatus({ ctx, action }: { ctx: Ctx; action: DocAction }) {
  const cls =
    action.status === 'done' ? 'tag done' : action.status === 'not-delivered' ? 'tag warn' : 'tag';
  return <span class={cls}>{ctx.m.actionStatus[action.status]}</span>;
}

/** @internal The actions of an objective as a table: what, who, by when, where it is. */
export function ActionTable({
  ctx,
  actions,
  childWordsFirst,
}: {
  ctx: Ctx;
  actions: readonly DocAction[];
  childWordsFirst?: boolean;
}) {
  if (actions.length === 0) return null;
  const { m } = ctx;
  return (
    <table>
      <TableHead columns={[m.common.what, m.common.who, m.common.when, m.common.status]} />
      <tbody>
        {actions.map((a) => (
          <tr key={a.id}>
            <td>
              {childWordsFirst && a.childWords ? a.childWords : a.description}
              {!childWordsFirst && a.childWords ? (
                <>
                  <br />
                  <q>{a.childWords}</q>
                </>
              ) : null}
              {a.voluntary ? (
                <>
                  <br />
                  <small>{m.common.voluntary}</small>
                </>
              ) : null}
            </td>
            <td>{ctx.owner(a.owner)}</td>
            <td>{a.dueDate ? ctx.date(a.dueDate) : m.common.noDate}</td>
            <td>
              <ActionStatus ctx={ctx} action={a} />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** @internal One goal with its actions, for the parent/carer and agency copies. */
export function ObjectiveCard({ ctx, objective }: { ctx: Ctx; objective: DocObjective }) {
  const { m } = ctx;
  return (
    <section class="card" aria-label={objective.wording}>
      <h3>{objective.wording}</h3>
      {objective.childWords ? (
        <p>
          {m.parent.inChildWords(ctx.name)}: <q>{objective.childWords}</q>
        </p>
      ) : null}
      <p class="meta">
        {objective.focus.map((f) => m.focus[f]).join(' · ')}
        {objective.targetDate ? ` · ${m.common.by(ctx.date(objective.targetDate))}` : ''} ·{' '}
        <span class="tag">{m.achievement[objective.achievement]}</span>
      </p>
      <ActionTable ctx={ctx} actions={objective.actions} />
    </section>
  );
}

/** @internal The order: its name, dates, requirements and what happens if it is not kept. */
export function OrderFacts({ ctx, level }: { ctx: Ctx; level: 2 | 3 }) {
  const { doc, m } = ctx;
  const H = level === 2 ? 'h2' : 'h3';
  const child = doc.audience === 'child';
  const { order } = doc;
  if (order === undefined) return <p>{m.common.noSentenceYet}</p>;
  const label = m.disposal[order.type];
  const start = ctx.date(order.start);
  return (
    <>
      {child ? (
        <p>
          {m.child.orderIs(label)} {order.end ? m.child.orderDates(start, ctx.date(order.end)) : ''}
        </p>
      ) : (
        <p>
          <strong>{label}</strong>
          {': '}
          {order.end ? m.common.fromTo(start, ctx.date(order.end)) : m.common.from(start)}
        </p>
      )}
      {order.requirements.length > 0 ? (
        <>
          {child ? <p>{m.child.orderMeans}:</p> : null}
          <ul>
            {order.requirements.map((r, i) => (
              <li key={i}>
                {m.requirement[r.kind]}
                {r.detail ? `: ${r.detail}` : ''}
              </li>
            ))}
          </ul>
        </>
      ) : child ? (
        <p>{m.child.noRequirements}</p>
      ) : null}
      <H>{child ? m.child.ifNotKept : m.parent.ifNotKept}</H>
      <p>{m.consequences[order.consequences]}</p>
    </>
  );
}

/** @internal A contact card: name, role, phone and email (phone as a link to call). */
export function Contact({ ctx, card }: { ctx: Ctx; card: ContactCard }) {
  return (
    <div class="card">
      <p>
        <strong>{card.name}</strong>
        {card.role ? ` (${card.role})` : ''}
      </p>
      {card.phone ? (
        <p>
          {ctx.m.common.phone}:{' '}
          <a href={`tel:${card.phone.replace(/[^0-9+]/g, '')}`}>{card.phone}</a>
        </p>
      ) : null}
      {card.email ? (
        <p>
          {ctx.m.common.email}: {card.email}
        </p>
      ) : null}
    </div>
  );
}

/** @internal Who to contact: the case manager and the service, as the host named them. */
export function Contacts({ ctx }: { ctx: Ctx }) {
  const { doc, m } = ctx;
  return (
    <>
      {doc.caseManager ? (
        <Contact ctx={ctx} card={{ role: m.common.yourYosWorker, ...doc.caseManager }} />
      ) : (
        <p>{m.common.yourYosWorker}</p>
      )}
      {doc.service ? <Contact ctx={ctx} card={doc.service} /> : null}
    </>
  );
}

/** @internal The contingency plan, when the audience may see it. */
export function Contingency({ ctx, level }: { ctx: Ctx; level: 2 | 3 }) {
  const { doc, m } = ctx;
  if (!doc.contingency) return null;
  const H = level === 2 ? 'h2' : 'h3';
  const Sub = level === 2 ? 'h3' : 'h4';
  return (
    <section aria-label={m.common.contingency}>
      <H>{doc.audience === 'child' ? m.child.ifThingsGetHard : m.common.contingency}</H>
      <Sub>{m.common.signs}</Sub>
      <ul>
        {doc.contingency.signs.map((s, i) => (
          <li key={i}>{s}</li>
        ))}
      </ul>
      <Sub>{m.common.responses}</Sub>
      <ul>
        {doc.contingency.responses.map((r, i) => (
          <li key={i}>{r}</li>
        ))}
      </ul>
    </section>
  );
}

/** @internal What carries on after the order, when planned. */
export function AfterTheOrder({ ctx }: { ctx: Ctx }) {
  const { doc, m } = ctx;
  const exit = doc.exitPlan;
  if (!exit || (exit.continuingServices.length === 0 && !exit.transitionToAdultServices))
    return null;
  return (
    <section aria-labelledby="after">
      <h2 id="after">{m.common.afterOrder}</h2>
      {exit.summary ? <p>{exit.summary}</p> : null}
      {exit.continuingServices.length > 0 ? (
        <ul>
          {exit.continuingServices.map((s, i) => (
            <li key={i}>{s.description}</li>
          ))}
        </ul>
      ) : null}
      {exit.transitionToAdultServices ? (
        <p>{m.common.transition(ctx.date(exit.transitionToAdultServices.plannedOn))}</p>
      ) : null}
    </section>
  );
}

/** @internal When the plan will next be looked at, and how often meetings are. */
export function NextReview({ ctx }: { ctx: Ctx }) {
  const { doc, m } = ctx;
  return (
    <>
      <p>
        {doc.nextReviewDate
          ? m.common.nextReview(ctx.date(doc.nextReviewDate))
          : m.common.noReviewSet}
      </p>
      <p>{m.common.contactsPerMonth(doc.plannedContactsPerMonth)}</p>
    </>
  );
}
