import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replay } from '../../src/lifecycle/replay.js';
import { renderPlan } from '../../src/render/index.js';
import { caseloadReport } from '../../src/report/index.js';
import { simulateCaseload } from '../../src/testing/index.js';
import { kaiSharedWithSchool } from '../fixtures/exampleVariants.js';
import { CHROMIUM, launchChromium } from './chromium.js';

/** Screenshots and the axe-core results land here (git-ignored). */
const SHOTS = join(import.meta.dirname, 'screenshots');

const directory = {
  service: { name: 'Anytown Youth Justice Service', phone: '01632 960 000' },
  people: {
    'pr-sam': { name: 'Sam Okafor', role: 'Case manager', phone: '01632 960 123' },
    'pc-mum': { name: 'Dee Morgan' },
  },
};

function documents(): Record<string, string> {
  const events = kaiSharedWithSchool();
  const during = replay(events.filter((e) => e.at.slice(0, 10) <= '2025-10-16'));
  const asOf = '2025-10-16';
  const states = [...simulateCaseload({ seed: 7, cases: 150 })].map((f) => replay(f.events));
  return {
    'child-plan': renderPlan(during, 'child', { asOf, directory }),
    'child-plan-cy': renderPlan(during, 'child', { asOf, lang: 'cy', directory }),
    'parent-copy': renderPlan(during, 'parentsCarers', { asOf, personId: 'pc-mum', directory }),
    'agency-copy': renderPlan(during, 'agencies', { asOf, agency: 'education', directory }),
    'practitioner-plan': renderPlan(during, 'practitioner', { asOf, directory }),
    'caseload-report': caseloadReport(states, { asOf: '2026-06-30' }).html,
  };
}

let context: BrowserContext;
let close: () => Promise<void>;
const files = new Map<string, string>();
const axeResults: Record<
  string,
  { id: string; impact: string | null | undefined; nodes: number }[]
> = {};

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'yjplan-docs-'));
  for (const [name, html] of Object.entries(documents())) {
    const file = join(dir, `${name}.html`);
    await writeFile(file, html);
    files.set(name, pathToFileURL(file).href);
  }
  await mkdir(SHOTS, { recursive: true });
  ({ context, close } = await launchChromium());
});

afterAll(async () => {
  await writeFile(join(SHOTS, 'axe-results.json'), `${JSON.stringify(axeResults, null, 2)}\n`);
  await close?.();
});

/** Opens a document, failing on any console error or page error. */
async function open(name: string): Promise<{ page: Page; errors: string[] }> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(m.text());
  });
  page.on('pageerror', (e) => errors.push(e.message));
  const url = files.get(name);
  if (!url) throw new Error(`no document ${name}`);
  await page.goto(url, { waitUntil: 'load' });
  return { page, errors };
}

async function headingLevels(page: Page): Promise<number[]> {
  return page.$$eval('h1, h2, h3, h4, h5, h6', (hs) => hs.map((h) => Number(h.tagName.slice(1))));
}

const NAMES = [
  'child-plan',
  'child-plan-cy',
  'parent-copy',
  'agency-copy',
  'practitioner-plan',
  'caseload-report',
];

describe('documents in a real browser (the OS Chromium)', () => {
  it('finds Chromium from the operating system’s packages', () => {
    expect(existsSync(CHROMIUM), `install it: apt-get install -y chromium`).toBe(true);
  });

  it.each(NAMES)(
    'renders %s with headings in order, landmarks and no console errors',
    async (name) => {
      const { page, errors } = await open(name);
      const levels = await headingLevels(page);
      expect(levels[0]).toBe(1);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1);
      });
      for (const landmark of ['banner', 'main', 'contentinfo']) {
        expect(await page.getByRole(landmark as 'main').count()).toBe(1);
      }
      expect(await page.getAttribute('html', 'lang')).toBe(name.endsWith('-cy') ? 'cy' : 'en');
      await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });
      expect(errors).toEqual([]);
      await page.close();
    },
  );

  it.each(NAMES)(
    'has no serious or critical axe-core violations (WCAG 2.2 AA): %s',
    async (name) => {
      const { page } = await open(name);
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'])
        .analyze();
      axeResults[name] = result.violations.map((v) => ({
        id: v.id,
        impact: v.impact,
        nodes: v.nodes.length,
      }));
      const serious = result.violations.filter(
        (v) => v.impact === 'serious' || v.impact === 'critical',
      );
      expect(serious.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).toEqual([]);
      expect(result.passes.length).toBeGreaterThan(10);
      await page.close();
    },
  );

  it('draws the report’s charts as sized SVG, one per area and more', async () => {
    const { page, errors } = await open('caseload-report');
    const boxes = await page.$$eval('figure svg', (svgs) =>
      svgs.map((s) => {
        const r = s.getBoundingClientRect();
        return { width: r.width, height: r.height, bars: s.querySelectorAll('rect').length };
      }),
    );
    expect(boxes.length).toBeGreaterThanOrEqual(7);
    for (const b of boxes) {
      expect(b.width).toBeGreaterThan(300);
      expect(b.height).toBeGreaterThan(60);
      expect(b.bars).toBeGreaterThan(0);
    }
    expect(await page.locator('figure figcaption').count()).toBe(boxes.length);
    expect(errors).toEqual([]);
    await page.close();
  });

  it('prints the child’s plan on A4', async () => {
    const { page } = await open('child-plan');
    await page.emulateMedia({ media: 'print' });
    const pdf = await page.pdf({ preferCSSPageSize: true });
    expect(pdf.subarray(0, 5).toString()).toBe('%PDF-');
    // A4 is 595 x 842 points.
    expect(pdf.toString('latin1')).toMatch(/\/MediaBox \[0 0 59[45](\.\d+)? 84[12](\.\d+)?\]/);
    await page.close();
  });
});
