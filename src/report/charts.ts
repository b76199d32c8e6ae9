import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { QuestionFigure } from './figures.js';
import { TOPIC_LABEL } from './questions.js';

/** Colours with AA contrast on white; every value is also written as text beside its bar. */
const BAR = '#00467f';
const INK = '#1b1b1b';
const WIDTH = 720;

/** A fresh server-side document for Plot to draw into: no browser, no global DOM. */
function documentForPlot(): Document {
  return parseHTML('<!doctype html><html><body></body></html>').document as unknown as Document;
}

/**
 * The chart as one image for assistive technology: `role="img"` with its label on the SVG, the
 * per-mark labels Plot adds to its groups removed (a group may not carry one; the figures are in
 * the table beside each chart).
 */
function asImage(svg: SVGSVGElement | HTMLElement): string {
  svg.setAttribute('role', 'img');
  const strip = (el: Element): void => {
    for (let i = 0; i < el.children.length; i++) {
      const child = el.children[i];
      if (!child) continue;
      child.removeAttribute('aria-label');
      child.removeAttribute('aria-description');
      strip(child);
    }
  };
  strip(svg);
  return svg.outerHTML;
}

const pct = (r: number | null) => (r === null ? 0 : Math.round(r * 100));

/**
 * @internal One bar per question of an area: the share of cases judged sufficient, its per cent
 * written at the end of the bar, and the published reference (where given) as a black tick with
 * its per cent written above it. Returns the SVG markup.
 */
export function questionChart(questions: readonly QuestionFigure[], title: string): string {
  const rows = questions.map((q) => ({
    label: TOPIC_LABEL[q.topic],
    value: pct(q.rate),
    text: q.rate === null ? 'no cases' : `${pct(q.rate)}% of ${q.asked}`,
    reference: q.reference,
  }));
  const refs = rows.filter((r) => r.reference !== undefined);
  const svg = Plot.plot({
    document: documentForPlot(),
    width: WIDTH,
    height: 50 + rows.length * 52,
    marginLeft: 230,
    marginRight: 90,
    style: { fontSize: '13px', color: INK, background: 'white' },
    ariaLabel: `${title}: share of cases judged sufficient, per question`,
    marginBottom: 44,
    x: {
      domain: [0, 100],
      label: 'Cases judged sufficient (%)',
      labelAnchor: 'center',
      grid: true,
    },
    y: { domain: rows.map((r) => r.label), label: null, padding: 0.35 },
    marks: [
      Plot.barX(rows, { x: 'value', y: 'label', fill: BAR }),
      Plot.text(rows, {
        x: 'value',
        y: 'label',
        text: 'text',
        textAnchor: 'start',
        dx: 6,
        fill: INK,
      }),
      Plot.tickX(refs, { x: 'reference', y: 'label', stroke: INK, strokeWidth: 3 }),
      Plot.text(refs, {
        x: 'reference',
        y: 'label',
        text: (d: { reference: number }) => `inspection ${d.reference}%`,
        dy: -19,
        fill: INK,
        fontSize: 11,
      }),
      Plot.ruleX([0], { stroke: INK }),
    ],
  });
  return asImage(svg);
}

/**
 * @internal Horizontal bars of case counts, largest first, each with its count written beside it.
 * Returns the SVG markup.
 */
export function countChart(
  rows: readonly { label: string; cases: number }[],
  title: string,
  xLabel = 'Cases',
): string {
  const data = rows.map((r) => ({ label: r.label, cases: r.cases }));
  const svg = Plot.plot({
    document: documentForPlot(),
    width: WIDTH,
    height: 50 + Math.max(1, data.length) * 30,
    marginLeft: 300,
    marginRight: 60,
    style: { fontSize: '13px', color: INK, background: 'white' },
    ariaLabel: title,
    marginBottom: 44,
    x: { label: xLabel, labelAnchor: 'center', grid: true, nice: true },
    y: { domain: data.map((r) => r.label), label: null, padding: 0.25 },
    marks: [
      Plot.barX(data, { x: 'cases', y: 'label', fill: BAR }),
      Plot.text(data, {
        x: 'cases',
        y: 'label',
        text: (d: { cases: number }) => String(d.cases),
        textAnchor: 'start',
        dx: 6,
        fill: INK,
      }),
      Plot.ruleX([0], { stroke: INK }),
    ],
  });
  return asImage(svg);
}
