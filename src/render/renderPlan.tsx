import { renderToString } from 'preact-render-to-string';
import { parsers } from '../errors/parse.js';
import type { CaseState } from '../lifecycle/state.js';
import type { Audience } from '../model/visibility.js';
import { AgencyPlan } from './components/AgencyPlan.js';
import { ChildPlan } from './components/ChildPlan.js';
import { type Ctx, contextOf } from './components/context.js';
import { Page } from './components/Page.js';
import { ParentPlan } from './components/ParentPlan.js';
import { PractitionerPlan } from './components/PractitionerPlan.js';
import { type RenderPlanOptions, RenderPlanOptionsSchema } from './options.js';
import { type PlanDocument, planDocument } from './planDocument.js';

const { parse: parseOptions } = parsers(RenderPlanOptionsSchema, 'render options');

function title(ctx: Ctx): string {
  const { m, doc } = ctx;
  switch (doc.audience) {
    case 'child':
      return m.child.title;
    case 'parentsCarers':
      return m.parent.title(ctx.name);
    case 'agency':
    case 'agencies':
      return m.agency.title(ctx.name);
    case 'practitioner':
      return m.practitioner.title(ctx.name);
  }
}

function Body({ ctx }: { ctx: Ctx }) {
  switch (ctx.doc.audience) {
    case 'child':
      return <ChildPlan ctx={ctx} />;
    case 'parentsCarers':
      return <ParentPlan ctx={ctx} />;
    case 'agency':
    case 'agencies':
      return <AgencyPlan ctx={ctx} />;
    case 'practitioner':
      return <PractitionerPlan ctx={ctx} />;
  }
}

/** @internal The HTML of a document's data, in a language. */
export function planDocumentHtml(doc: PlanDocument, lang: 'en' | 'cy'): string {
  const ctx = contextOf(doc, lang);
  const heading = title(ctx);
  const { m } = ctx;
  const page = (
    <Page
      lang={lang}
      title={heading}
      bodyClass={doc.audience === 'child' ? 'child' : doc.audience}
      skipText={m.common.skipToContent}
      header={
        <>
          <h1>{heading}</h1>
          <p class="meta">
            {m.common.made(ctx.date(doc.asOf))} · {m.common.planVersion(doc.version)}
          </p>
        </>
      }
      footer={
        <p>
          {doc.audience === 'child'
            ? m.child.footer
            : doc.audience === 'agencies' || doc.audience === 'agency'
              ? m.agency.footer
              : m.parent.footer}
        </p>
      }
    >
      <Body ctx={ctx} />
    </Page>
  );
  return `<!doctype html>\n${renderToString(page)}\n`;
}

/**
 * A plan as an HTML document for one audience: the child's plan (spoken to the child, their own
 * words first, large type), a parent/carer's copy, one agency's copy (`'agency'`, or
 * `'agencies'` with `agency`: that agency's own view, under a lawful basis for sharing with it),
 * the copy of what every agency may see (`'agencies'` without `agency`), or the practitioner's
 * full plan. Built from {@link planView}, so nothing withheld from the audience reaches the page;
 * every piece of text is escaped by the renderer. English or Welsh (`lang`), dates written for
 * people, WCAG 2.2 AA (headings in order, landmarks, contrast, nothing said by colour alone), and
 * a print stylesheet for A4. Names and phone numbers come from `directory`: the case holds only
 * ids.
 *
 * @throws {YjplanError} `invalid_input` (bad options or audience, not a case state),
 * `reference_not_found` (no plan; unknown person), `sharing_restricted` (the person's
 * restrictions forbid sharing the plan on `asOf`; no lawful basis for sharing with the agency).
 * @example
 * const html = renderPlan(state, 'child', {
 *   asOf: '2025-10-16',
 *   directory: { people: { 'pr-sam': { name: 'Sam Okafor', phone: '01632 960 123' } } },
 * });
 */
export function renderPlan(
  state: CaseState,
  audience: Audience,
  options: RenderPlanOptions,
): string {
  const settings = parseOptions(options);
  return planDocumentHtml(planDocument(state, audience, settings), settings.lang);
}
