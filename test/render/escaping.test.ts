import { describe, expect, it } from 'vitest';
import type { CaseEvent } from '../../src/lifecycle/events/index.js';
import { replay } from '../../src/lifecycle/replay.js';
import type { Audience } from '../../src/model/visibility.js';
import { renderPlan } from '../../src/render/index.js';
import { workedExampleEvents } from '../../src/testing/index.js';

const HOSTILE = `<script>alert(1)</script>" onload="alert(2)" '><img src=x onerror=alert(3)>`;

/** Every key whose value is text a person wrote (or a list of such texts). */
const FREE_TEXT = new Set([
  'wording',
  'childWords',
  'measureOfSuccess',
  'description',
  'signs',
  'response',
  'summary',
  'childViews',
  'inOwnWords',
  'misgivings',
  'notes',
  'adaptations',
  'preferredName',
  'name',
  'withheldReason',
  'rationale',
  'detail',
]);

let replaced = 0;

/** A copy of a value with every free-text string replaced by hostile text. */
function poison(value: unknown, key?: string): unknown {
  if (typeof value === 'string' && key !== undefined && FREE_TEXT.has(key)) {
    replaced++;
    return HOSTILE;
  }
  if (Array.isArray(value)) return value.map((v) => poison(v, key));
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, poison(v, k)]));
  }
  return value;
}

const poisoned = () => replay(poison(workedExampleEvents()) as CaseEvent[]);

const directory = {
  service: { name: HOSTILE, phone: HOSTILE, email: HOSTILE, role: HOSTILE },
  people: { 'pr-sam': { name: HOSTILE, phone: HOSTILE }, 'pc-mum': { name: HOSTILE } },
};

const AUDIENCES: Audience[] = ['child', 'parentsCarers', 'agencies', 'practitioner'];

describe('plan documents escape what people wrote', () => {
  it.each(AUDIENCES.flatMap((a) => [[a, 'en'] as const, [a, 'cy'] as const]))(
    'prints hostile text in every free-text field as text, never as markup (%s, %s)',
    (audience, lang) => {
      replaced = 0;
      const state = poisoned();
      expect(replaced).toBeGreaterThan(40);
      for (const asOf of ['2025-10-16', '2026-03-31']) {
        const html = renderPlan(state, audience, {
          asOf,
          lang,
          directory,
          ...(audience === 'parentsCarers' && { personId: 'pc-mum' }),
        });
        expect(html).not.toMatch(/<script/i);
        expect(html).not.toMatch(/<img/i);
        expect(html).not.toContain('" onload=');
        expect(html).not.toContain(`'><`);
        // The text is there, escaped: the document still says what was written.
        expect(html).toContain('&lt;script>alert(1)&lt;/script>&quot; onload=&quot;alert(2)&quot;');
      }
    },
  );

  it('keeps a hostile phone number out of the link it makes', () => {
    const html = renderPlan(poisoned(), 'child', { asOf: '2025-10-16', directory });
    for (const href of html.matchAll(/href="([^"]*)"/g)) {
      expect(href[1]).toMatch(/^(#content|tel:[0-9+]*)$/);
    }
  });
});
