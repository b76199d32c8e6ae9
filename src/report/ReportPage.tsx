import { renderToString } from 'preact-render-to-string';
import type { Id } from '../model/ids.js';
import { Page } from '../render/components/Page.js';
import { TableHead } from '../render/components/parts.js';
import { dateForPeople } from '../render/dates.js';
import { valueInWords } from '../render/stageWords.js';
import { countChart, questionChart } from './charts.js';
import type { CaseCount, CaseloadFigures, WaitFigure } from './figures.js';
import { AREAS, TOPIC_LABEL } from './questions.js';

/** @internal The most case ids a figure lists in the HTML; the JSON and CSV list every one. */
export const IDS_IN_HTML = 200;

const EXTRA_STYLES = `
figure { margin: 1rem 0; }
figure svg { max-width: 100%; height: auto; }
figcaption { color: #4a4a4a; font-size: .95rem; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
details { margin: .25rem 0; }
details p { font-family: ui-monospace, monospace; font-size: .85rem; word-break: break-word; }
@media print { details > p { display: block; } figure { break-inside: avoid; } }
`;

const pct = (r: number | null) => (r === null ? '-' : `${Math.round(r * 100)}%`);

function Ids({ ids, what }: { ids: readonly Id[]; what: string }) {
  if (ids.length === 0) return null;
  const shown = ids.slice(0, IDS_IN_HTML);
  return (
    <details>
      <summary>
        {what}: {ids.length}
      </summary>
      <p>
        {shown.join(', ')}
        {ids.length > shown.length
          ? ` … and ${ids.length - shown.length} more (see the JSON or CSV)`
          : ''}
      </p>
    </details>
  );
}

function Chart({ svg, caption }: { svg: string; caption: string }) {
  return (
    <figure>
      {/* SVG drawn by the charting library from numbers and fixed labels only. */}
      <div dangerouslySetInnerHTML={{ __html: svg }} />
      <figcaption>{caption}</figcaption>
    </figure>
  );
}

function CountTable({
  rows,
  head,
  total,
}: {
  rows: readonly CaseCount[];
  head: string;
  total: number;
}) {
  return (
    <table>
      <TableHead
        columns={[head, { figures: 'Cases' }, { figures: `Share of ${total}` }, 'Case ids']}
      />
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">{r.label}</th>
            <td class="num">{r.cases}</td>
            <td class="num">{pct(r.rate)}</td>
            <td>
              <Ids ids={r.caseIds} what="Cases" />
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function WaitTable({ w, title }: { w: WaitFigure; title: string }) {
  return (
    <>
      <h3>{title}</h3>
      <p>
        {w.referrals} referrals; median {w.medianDays ?? '-'} days; longest {w.maxDays ?? '-'} days.
      </p>
      <table>
        <TableHead columns={['Wait', { figures: 'Referrals' }, { figures: 'Cases' }, 'Case ids']} />
        <tbody>
          {w.bands.map((b) => (
            <tr key={b.key}>
              <th scope="row">{b.label}</th>
              <td class="num">{b.referrals}</td>
              <td class="num">{b.cases}</td>
              <td>
                <Ids ids={b.caseIds} what="Cases" />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

function Report({ f }: { f: CaseloadFigures }) {
  return (
    <>
      <section aria-labelledby="summary">
        <h2 id="summary">The caseload</h2>
        <p>
          {f.cases} cases, judged as of {dateForPeople(f.asOf, 'en')}. Each question below is asked
          only of the cases that have reached that work (a signed-off assessment, a signed-off plan,
          a plan in delivery, a review held or due); a case is judged sufficient when its records
          show the work and no standing finding of the checks tied to the question.
        </p>
        {f.reference ? (
          <p>
            Black ticks show published inspection figures for comparison ({f.reference.label}):{' '}
            {f.reference.citation} They are for adult probation cases, a point of comparison rather
            than a target.
          </p>
        ) : null}
        <CountTable
          rows={f.stages.map((s) => ({ ...s, label: valueInWords(s.key) }))}
          head="Stage"
          total={f.cases}
        />
      </section>
      {AREAS.map((area) => {
        const qs = f.questions.filter((q) => q.area === area.id);
        return (
          <section key={area.id} aria-labelledby={`area-${area.id}`}>
            <h2 id={`area-${area.id}`}>{area.title}</h2>
            <Chart
              svg={questionChart(qs, area.title)}
              caption={`${area.title}: bars show the share of cases judged sufficient on each question, with the per cent and the number of cases asked written beside each bar${qs.some((q) => q.reference !== undefined) ? '; black ticks mark the published inspection figure' : ''}.`}
            />
            <table>
              <TableHead
                columns={[
                  'Question',
                  { figures: 'Asked of' },
                  { figures: 'Sufficient' },
                  { figures: 'Share' },
                  { figures: 'Inspection' },
                  'Cases not sufficient',
                ]}
              />
              <tbody>
                {qs.map((q) => (
                  <tr key={q.id}>
                    <th scope="row">
                      {q.text} <span class="meta">({TOPIC_LABEL[q.topic]})</span>
                    </th>
                    <td class="num">{q.asked}</td>
                    <td class="num">{q.sufficient}</td>
                    <td class="num">{pct(q.rate)}</td>
                    <td class="num">{q.reference === undefined ? '-' : `${q.reference}%`}</td>
                    <td>
                      <Ids ids={q.insufficientCaseIds} what="Not sufficient" />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        );
      })}
      <section aria-labelledby="findings">
        <h2 id="findings">Findings by rule and severity</h2>
        <p>
          Standing findings (not overridden):{' '}
          {f.findings.bySeverity
            .map((s) => `${s.findings} ${s.key} in ${s.cases} cases`)
            .join('; ')}
          .
        </p>
        {f.findings.byRule.length > 0 ? (
          <Chart
            svg={countChart(
              f.findings.byRule
                .slice(0, 20)
                .map((r) => ({ label: `${r.key} (${r.severity})`, cases: r.cases })),
              'Cases with a finding, by rule',
            )}
            caption="Cases with at least one finding of each rule (the 20 most frequent), severity in brackets."
          />
        ) : null}
        <table>
          <TableHead
            columns={[
              'Rule',
              'Severity',
              { figures: 'Findings' },
              { figures: 'Overridden' },
              { figures: 'Cases' },
              'Case ids',
            ]}
          />
          <tbody>
            {f.findings.byRule.map((r) => (
              <tr key={r.key}>
                <th scope="row">
                  <code>{r.key}</code>
                </th>
                <td>{r.severity}</td>
                <td class="num">{r.findings}</td>
                <td class="num">{r.overridden}</td>
                <td class="num">{r.cases}</td>
                <td>
                  <Ids ids={r.caseIds} what="Cases" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="reviews">
        <h2 id="reviews">Reviews due and overdue, by case manager</h2>
        <p>
          {f.reviews.overdue.cases} cases have a review overdue; {f.reviews.due.cases} more have one
          due within {f.reviews.dueWithinDays} days.
        </p>
        <table>
          <TableHead
            columns={[
              'Case manager',
              { figures: 'Cases' },
              { figures: 'Overdue' },
              { figures: `Due within ${f.reviews.dueWithinDays} days` },
              'Case ids',
            ]}
          />
          <tbody>
            {f.reviews.byPractitioner.map((p) => (
              <tr key={p.practitioner}>
                <th scope="row">{p.practitioner}</th>
                <td class="num">{p.cases}</td>
                <td class="num">{p.overdue.cases}</td>
                <td class="num">{p.due.cases}</td>
                <td>
                  <Ids ids={p.overdue.caseIds} what="Overdue" />
                  <Ids ids={p.due.caseIds} what="Due" />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="referrals">
        <h2 id="referrals">Referral waiting times</h2>
        <Chart
          svg={countChart(
            [
              ...f.referrals.started.bands.map((b) => ({
                label: `Started: ${b.label}`,
                cases: b.referrals,
              })),
              ...f.referrals.waiting.bands.map((b) => ({
                label: `Still waiting: ${b.label}`,
                cases: b.referrals,
              })),
            ],
            'Referrals by waiting time',
            'Referrals',
          )}
          caption="Referrals by days from the referral to the start of the service, and for those still waiting, days so far."
        />
        <WaitTable w={f.referrals.started} title="Started: days from referral to start" />
        <WaitTable w={f.referrals.waiting} title="Still waiting: days so far" />
      </section>
      <section aria-labelledby="compliance">
        <h2 id="compliance">Compliance</h2>
        <p>
          {f.compliance.absences.total} unacceptable absences, {f.compliance.warnings.total}{' '}
          warnings and {f.compliance.breaches.total} breach actions on record.
        </p>
        <CountTable
          rows={[f.compliance.absences, f.compliance.warnings, f.compliance.breaches]}
          head="Cases with"
          total={f.cases}
        />
        {f.compliance.breachOutcomes.length > 0 ? (
          <>
            <h3>Outcomes of breach action</h3>
            <CountTable rows={f.compliance.breachOutcomes} head="Outcome" total={f.cases} />
          </>
        ) : null}
      </section>
      <section aria-labelledby="disposals">
        <h2 id="disposals">Disposals and intervention levels</h2>
        <Chart svg={countChart(f.disposals, 'Cases by disposal')} caption="Cases by disposal." />
        <CountTable rows={f.disposals} head="Disposal" total={f.cases} />
        <h3>Intervention levels</h3>
        <Chart
          svg={countChart(f.interventionLevels, 'Cases by intervention level')}
          caption="Cases by the intervention level of the signed-off assessment."
        />
        <CountTable rows={f.interventionLevels} head="Intervention level" total={f.cases} />
      </section>
    </>
  );
}

/** @internal The report's HTML: a document with SVG charts and the same figures as tables. */
export function reportHtml(f: CaseloadFigures): string {
  const title = 'Caseload report';
  const page = (
    <Page
      lang="en"
      title={title}
      skipText="Skip to the report"
      extraStyles={EXTRA_STYLES}
      header={
        <>
          <h1>{title}</h1>
          <p class="meta">
            As of {dateForPeople(f.asOf, 'en')} · {f.cases} cases
          </p>
        </>
      }
      footer={
        <p>
          Case ids are listed up to {IDS_IN_HTML} per figure here; the JSON and CSV forms of the
          report list all of them. How each question is judged: docs/documents.md.
        </p>
      }
    >
      <Report f={f} />
    </Page>
  );
  return `<!doctype html>\n${renderToString(page)}\n`;
}
