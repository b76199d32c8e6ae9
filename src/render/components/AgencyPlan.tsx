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
 * @internal The agency copy: what is shared with the named agency (its own view: items shared
 * with every agency or with it by name), its own actions first, then the risk information shared
 * with it; without an agency, what is shared with every agency.
 */
export function AgencyPlan({ ctx }: { ctx: Ctx }) {
  const { doc, m } = ctx;
  const agency = doc.agency;
  const ours = agency
    ? doc.objectives.flatMap((o) =>
        o.actions.filter((a) => a.owner.kind === 'partner-agency' && a.owner.agency === agency),
      )
    : [];
  return (
    <>
      <DraftNotice ctx={ctx} />
      {agency ? <p>{m.agency.forAgency(m.agencyName[agency] ?? agency)}</p> : null}
      <p>{m.agency.intro}</p>
      <p class="meta">
        {m.common.caseReference}: {doc.caseId}
      </p>
      {agency ? (
        <section aria-labelledby="our-part">
          <h2 id="our-part">{m.agency.yourPart}</h2>
          {ours.length > 0 ? <ActionTable ctx={ctx} actions={ours} /> : <p>{m.agency.noPartYet}</p>}
        </section>
      ) : null}
      <section aria-labelledby="goals">
        <h2 id="goals">{m.agency.goals}</h2>
        {doc.objectives.length === 0 ? <p>{m.common.noGoals}</p> : null}
        {doc.objectives.map((o) => (
          <ObjectiveCard key={o.id} ctx={ctx} objective={o} />
        ))}
      </section>
      <Contingency ctx={ctx} level={2} />
      {doc.riskNotes && doc.riskNotes.length > 0 ? (
        <section aria-labelledby="risk-notes">
          <h2 id="risk-notes">{m.agency.riskNotes}</h2>
          <ul>
            {doc.riskNotes.map((n) => (
              <li key={n.id}>{n.note}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="order">
        <h2 id="order">{m.agency.order}</h2>
        <OrderFacts ctx={ctx} level={3} />
        <NextReview ctx={ctx} />
      </section>
      <section aria-labelledby="contact">
        <h2 id="contact">{m.agency.contact}</h2>
        <Contacts ctx={ctx} />
      </section>
      <AfterTheOrder ctx={ctx} />
    </>
  );
}
