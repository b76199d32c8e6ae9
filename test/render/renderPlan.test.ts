import { describe, expect, it } from 'vitest';
import { isYjplanError } from '../../src/errors/YjplanError.js';
import type { Audience } from '../../src/model/visibility.js';
import { dateForPeople, messages, renderPlan } from '../../src/render/index.js';
import {
  DIRECTORY,
  headings,
  kaiClosed,
  kaiDuringDelivery,
  textOf,
  withSharingBasis,
} from './fixtures.js';

const AUDIENCES: Audience[] = ['child', 'parentsCarers', 'agencies', 'practitioner'];
const asOf = '2025-10-16';
/** A parent/carer's copy is always for someone: Kai's mother, whom no restriction keeps from it. */
const personFor = (audience: Audience) =>
  audience === 'parentsCarers' ? { personId: 'pc-mum' } : {};

function errorOf(f: () => unknown) {
  try {
    f();
  } catch (e) {
    return e;
  }
  return undefined;
}

describe('renderPlan', () => {
  it('writes the child’s plan to the child, with their own words before anything else', () => {
    const html = renderPlan(kaiDuringDelivery(), 'child', { asOf, directory: DIRECTORY });
    const text = textOf(html);
    expect(html).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(headings(html)[0]).toEqual([1, 'My plan']);
    expect(text).toContain('Kai, this is your plan.');
    const words = text.indexOf('I’m fine with it if I can still do football');
    expect(words).toBeGreaterThan(0);
    expect(words).toBeLessThan(text.indexOf('My goals'));
    // A goal is headed by the child's words, with the plan's wording after it.
    expect(headings(html)).toContainEqual([3, 'Get back into school so I can do my BTEC sport']);
    expect(text).toMatch(/In the plan it says: Return to full-time education/);
  });

  it('tells the child what happens next, who to call and what happens if the order is not kept', () => {
    const html = renderPlan(kaiDuringDelivery(), 'child', { asOf, directory: DIRECTORY });
    const text = textOf(html);
    expect(text).toContain('What happens next');
    expect(text).toContain('The plan will be looked at again by 18 December 2025.');
    expect(text).toContain('Sam Okafor');
    expect(html).toContain('href="tel:01632960123"');
    expect(text).toContain('Anytown Youth Justice Service');
    expect(text).toContain('call 999');
    expect(text).toContain('Your order is: Referral order.');
    expect(text).toContain('What happens if I do not keep to it');
    expect(text).toContain(messages('en').consequences['referral-order']);
  });

  it('says "you" for the child’s own actions and names others by the directory', () => {
    const text = textOf(renderPlan(kaiDuringDelivery(), 'child', { asOf, directory: DIRECTORY }));
    expect(text).toContain('You : Sign up for the Tuesday and Thursday sessions');
    expect(text).toContain('Dee Morgan : Help Kai get up and out in time on school days');
  });

  it('writes a Welsh copy with lang="cy", Welsh dates and the review notice', () => {
    const html = renderPlan(kaiDuringDelivery(), 'child', { asOf, lang: 'cy' });
    expect(html).toContain('<html lang="cy">');
    expect(headings(html)[0]).toEqual([1, 'Fy nghynllun']);
    expect(html).toContain('16 Hydref 2025');
    expect(html).toContain(messages('cy').draftNotice);
    expect(messages('en').draftNotice).toBeUndefined();
    expect(dateForPeople('2025-09-24', 'en')).toBe('24 September 2025');
  });

  it('gives a parent/carer their own part first, and refuses a copy their restrictions forbid', () => {
    const html = renderPlan(kaiDuringDelivery(), 'parentsCarers', {
      asOf,
      personId: 'pc-mum',
      directory: DIRECTORY,
    });
    const text = textOf(html);
    expect(text).toContain('This copy is for Dee Morgan.');
    const part = text.indexOf('Your part');
    expect(part).toBeGreaterThan(0);
    expect(text.indexOf('Help Kai get up', part)).toBeLessThan(text.indexOf('Goals and actions'));
    const refused = errorOf(() =>
      renderPlan(kaiDuringDelivery(), 'parentsCarers', { asOf, personId: 'pc-dad' }),
    );
    expect(isYjplanError(refused) && refused.code).toBe('sharing_restricted');
  });

  it('gives an agency copy with the agency’s own actions first', () => {
    const school = withSharingBasis(kaiDuringDelivery(), 'education');
    const text = textOf(renderPlan(school, 'agencies', { asOf, agency: 'education' }));
    expect(textOf(renderPlan(school, 'agency', { asOf, agency: 'education' }))).toBe(text);
    expect(text).toContain('Copy for education.');
    const ours = text.indexOf('Your agency’s part');
    expect(text.indexOf('Agree a pupil referral unit place', ours)).toBeLessThan(
      text.indexOf('Goals and actions shared with agencies'),
    );
    expect(text).toContain('case-kai');
  });

  it('refuses an agency copy with no lawful basis for sharing with the agency on the day', () => {
    const refused = errorOf(() =>
      renderPlan(kaiDuringDelivery(), 'agencies', { asOf, agency: 'education' }),
    );
    expect(isYjplanError(refused) && refused.code).toBe('sharing_restricted');
    const early = errorOf(() =>
      renderPlan(withSharingBasis(kaiDuringDelivery(), 'education', '2025-10-17'), 'agency', {
        asOf,
        agency: 'education',
      }),
    );
    expect(isYjplanError(early) && early.issues[0]?.path).toEqual(['agency']);
  });

  it('gives the practitioner the full plan: sharing, agreement, reviews and findings', () => {
    const text = textOf(renderPlan(kaiDuringDelivery(), 'practitioner', { asOf }));
    expect(text).toContain('Intervention plan: Kai');
    expect(text).toContain('Shared with the child, parents/carers and agencies');
    expect(text).toContain('agreed with misgivings');
    expect(text).toContain('delivery.action-overdue');
    expect(text).toContain('Findings of the checks');
  });

  it('does not promise a review once the case has closed', () => {
    const text = textOf(renderPlan(kaiClosed(), 'child', { asOf: '2026-03-31' }));
    expect(text).not.toContain('will be looked at again');
  });

  it.each(AUDIENCES)(
    'keeps headings in order, one h1, and the three landmarks (%s)',
    (audience) => {
      const html = renderPlan(kaiClosed(), audience, {
        asOf: '2026-03-31',
        lang: 'en',
        ...personFor(audience),
      });
      const levels = headings(html).map(([level]) => level);
      expect(levels.filter((l) => l === 1)).toHaveLength(1);
      levels.forEach((level, i) => {
        if (i > 0) expect(level - (levels[i - 1] ?? 1)).toBeLessThanOrEqual(1);
      });
      for (const landmark of ['<header>', '<main id="content">', '<footer>']) {
        expect(html).toContain(landmark);
      }
      expect(html).toContain('@page { size: A4');
    },
  );

  it('answers invalid_input for bad options, naming the field and never the value', () => {
    const bad = errorOf(() =>
      renderPlan(kaiClosed(), 'child', { asOf: 'SECRET-not-a-date', lang: 'fr' as 'en' }),
    );
    expect(isYjplanError(bad) && bad.code).toBe('invalid_input');
    expect(JSON.stringify(bad && (bad as { issues: unknown }).issues)).not.toContain('SECRET');
    expect(isYjplanError(bad) && bad.issues.map((i) => i.path[0]).sort()).toEqual(['asOf', 'lang']);
    const audience = errorOf(() => renderPlan(kaiClosed(), 'everyone' as 'child', { asOf }));
    expect(isYjplanError(audience) && audience.code).toBe('invalid_input');
    const state = errorOf(() => renderPlan({} as never, 'child', { asOf }));
    expect(isYjplanError(state) && state.code).toBe('invalid_input');
  });

  it('does not change the case it renders', () => {
    const state = kaiClosed();
    const before = JSON.stringify(state);
    for (const audience of AUDIENCES) {
      renderPlan(state, audience, { asOf: '2026-03-31', ...personFor(audience) });
    }
    expect(JSON.stringify(state)).toBe(before);
  });
});
