import type { Visibility } from '../../model/visibility.js';
import type { Ctx } from './context.js';
import {
  ActionStatus,
  AfterTheOrder,
  Contacts,
  Contingency,
  DraftNotice,
  OrderFacts,
  TableHead,
} from './parts.js';

/** Who an item is not shared with, and why, in words. */
function Sharing({ ctx, visibility }: { ctx: Ctx; visibility?: Visibility }) {
  const { m } = ctx;
  const p = m.practitioner;
  if (!visibility) return null;
  const named = Array.isArray(visibility.agencies) ? visibility.agencies : undefined;
  const only = named ? (
    <span class="tag">{p.agenciesOnly(named.map((a) => m.agencyName[a] ?? a).join(', '))}</span>
  ) : null;
  if (visibility.victimInformation === true) {
    return (
      <>
        <span class="tag warn">{p.victimInformation}</span> {only}
      </>
    );
  }
  const left = (['child', 'parentsCarers', 'agencies'] as const).filter(
    (a) => visibility[a] === false,
  );
  if (left.length === 0) return only ?? <span class="meta">{p.sharedWithAll}</span>;
  return (
    <>
      <span class="tag warn">
        {p.withheldFrom(
          left.map((a) => p.audiences[a]).join(', '),
          visibility.withheldReason ?? '',
        )}
      </span>{' '}
      {only}
    </>
  );
}

/**
 * @internal The practitioner's full plan: everything recorded, with who each item is withheld
 * from and why, agreement per party, the review schedule and the findings of the checks.
 */
export function PractitionerPlan({ ctx }: { ctx: Ctx }) {
  const { doc, m } = ctx;
  const p = m.practitioner;
  const x = doc.practitioner;
  if (!x) return null;
  return (
    <>
      <DraftNotice ctx={ctx} />
      <section aria-labelledby="case">
        <h2 id="case">{p.caseDetails}</h2>
        <dl class="facts">
          <dt>{m.common.caseReference}</dt>
          <dd>{doc.caseId}</dd>
          <dt>{p.child}</dt>
          <dd>{ctx.name}</dd>
          <dt>{p.dateOfBirth}</dt>
          <dd>{ctx.date(x.dateOfBirth)}</dd>
          <dt>{p.interventionLevel}</dt>
          <dd>{x.interventionLevel ?? '-'}</dd>
          <dt>{p.plan}</dt>
          <dd>
            {m.common.planVersion(doc.version)} ({doc.planStatus})
          </dd>
        </dl>
        <h3>{p.order}</h3>
        <OrderFacts ctx={ctx} level={3} />
      </section>
      <section aria-labelledby="agreement">
        <h2 id="agreement">{p.agreement}</h2>
        {x.agreements.length === 0 ? <p>{p.noAgreement}</p> : null}
        <ul>
          {x.agreements.map((a, i) => (
            <li key={i}>
              {ctx.owner(a.party)}: {a.status.replaceAll('-', ' ')} ({ctx.date(a.on)})
              {a.note ? ` ${a.note}` : ''}
            </li>
          ))}
        </ul>
        {doc.childViews ? (
          <>
            <h3>{p.childViews}</h3>
            <blockquote class="quote">
              <p>{doc.childViews}</p>
            </blockquote>
          </>
        ) : null}
      </section>
      <section aria-labelledby="objectives">
        <h2 id="objectives">{p.objectives}</h2>
        {doc.objectives.map((o) => (
          <section key={o.id} class="card" aria-label={o.wording}>
            <h3>
              {o.priority}. {o.wording}
            </h3>
            {o.childWords ? (
              <p>
                {m.parent.inChildWords(ctx.name)}: <q>{o.childWords}</q>
              </p>
            ) : null}
            <dl class="facts">
              <dt>{p.focus}</dt>
              <dd>{o.focus.map((f) => m.focus[f]).join(', ')}</dd>
              <dt>{p.measure}</dt>
              <dd>{o.measureOfSuccess ?? '-'}</dd>
              <dt>{p.target}</dt>
              <dd>{o.targetDate ? ctx.date(o.targetDate) : '-'}</dd>
              <dt>{m.common.status}</dt>
              <dd>
                {m.objectiveStatus[o.status]}; {p.achievement}: {m.achievement[o.achievement]}
              </dd>
              <dt>{p.sharedWith}</dt>
              <dd>
                <Sharing ctx={ctx} visibility={o.visibility} />
              </dd>
            </dl>
            {o.actions.length > 0 ? (
              <table>
                <TableHead
                  columns={[
                    m.common.what,
                    m.common.who,
                    m.common.when,
                    m.common.status,
                    p.sharedWith,
                  ]}
                />
                <tbody>
                  {o.actions.map((a) => (
                    <tr key={a.id}>
                      <td>
                        {a.description}
                        {a.requirement ? (
                          <>
                            <br />
                            <small>
                              {p.deliversRequirement}: {m.requirement[a.requirement]}
                            </small>
                          </>
                        ) : null}
                      </td>
                      <td>{ctx.owner(a.owner)}</td>
                      <td>{a.dueDate ? ctx.date(a.dueDate) : m.common.noDate}</td>
                      <td>
                        <ActionStatus ctx={ctx} action={a} />
                      </td>
                      <td>
                        <Sharing ctx={ctx} visibility={a.visibility} />
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            ) : null}
          </section>
        ))}
      </section>
      {doc.contingency ? (
        <>
          <Contingency ctx={ctx} level={2} />
          <p>
            <Sharing ctx={ctx} visibility={x.contingencyVisibility} />
          </p>
        </>
      ) : null}
      {x.riskNotes.length > 0 ? (
        <section aria-labelledby="risk-notes">
          <h2 id="risk-notes">{p.riskNotes}</h2>
          <ul>
            {x.riskNotes.map((n) => (
              <li key={n.id}>
                {n.note} <Sharing ctx={ctx} visibility={n.visibility} />
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="reviews">
        <h2 id="reviews">{p.reviews}</h2>
        <table>
          <TableHead columns={[p.scheduled, m.common.when, m.common.status]} />
          <tbody>
            {x.schedule.scheduled.map((r, i) => (
              <tr key={i}>
                <td>{r.basis}</td>
                <td>{ctx.date(r.date)}</td>
                <td>{r.overdue ? <span class="tag warn">{p.overdue}</span> : p.notOverdue}</td>
              </tr>
            ))}
            {x.schedule.triggered.map((r) => (
              <tr key={r.reviewId}>
                <td>
                  {p.triggered}: {r.trigger.replaceAll('-', ' ')}
                </td>
                <td>{ctx.date(r.dueBy)}</td>
                <td>
                  {r.completedOn ? (
                    ctx.date(r.completedOn)
                  ) : r.overdue ? (
                    <span class="tag warn">{p.overdue}</span>
                  ) : (
                    p.notOverdue
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="findings">
        <h2 id="findings">{p.findings}</h2>
        {x.findings.length === 0 ? <p>{p.noFindings}</p> : null}
        {x.findings.length > 0 ? (
          <table>
            <TableHead columns={[m.common.status, p.rule, p.message]} />
            <tbody>
              {x.findings.map((f, i) => (
                <tr key={i}>
                  <td>
                    <span class={f.severity === 'info' ? 'tag' : 'tag warn'}>
                      {p.severity[f.severity]}
                    </span>
                    {f.overridden ? ` (${p.overridden})` : ''}
                  </td>
                  <td>
                    <code>{f.rule}</code>
                  </td>
                  <td>
                    {f.message}
                    {f.overridden ? (
                      <>
                        <br />
                        <small>{f.overridden.rationale}</small>
                      </>
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : null}
      </section>
      <section aria-labelledby="contacts">
        <h2 id="contacts">{m.common.caseManager}</h2>
        <Contacts ctx={ctx} />
      </section>
      <AfterTheOrder ctx={ctx} />
    </>
  );
}
