import { daysBetween } from '../../../_lib/calendar.js';
import { type ReferralStatus, referralStatus } from '../../../model/delivery.js';
import type { RawFinding } from '../../rule.js';
import { defineRule } from '../../rule.js';
import { judgedUpTo } from './_lib/caseDates.js';
import { HMIP_DELIVERY } from './_lib/sources.js';

/**
 * A referral in one of these states leaves the child waiting: not yet answered, or on a waiting
 * list. An accepted referral has a service committed (it may start later, e.g. on release).
 */
const WAITING: ReadonlySet<ReferralStatus> = new Set(['made', 'waiting-list']);

/**
 * `delivery.waiting-too-long` (warning): a referral still waiting for the service to start (not
 * yet answered, or on a waiting list) more than `delivery.waitingListMaxDays` days after it was made.
 *
 * @example
 * checkCase(state, { asOf, rules: ['delivery.waiting-too-long'] });
 * // [{ path: ['referrals', 'r-camhs'], evidence: { status: 'waiting-list', days: 63, maxDays: 42, ... } }]
 */
export const waitingTooLong = defineRule({
  id: 'delivery.waiting-too-long',
  title: 'Children do not wait too long for services',
  description:
    'A referral still waiting (its latest status is made, with no answer from the agency, or waiting list) has waited no more than `delivery.waitingListMaxDays` calendar days (default 42) since it was made, judged up to the case’s closure. Inspection finds children left on waiting lists while the disposal runs out; consider an alternative provider or interim work.',
  severity: 'warning',
  source: { kind: 'inspection', citation: HMIP_DELIVERY },
  volatileEvidence: ['days'],
  check: ({ state: { record }, asOf, policy }) => {
    const upTo = judgedUpTo(record, asOf);
    const maxDays = policy.delivery.waitingListMaxDays;
    const findings: RawFinding[] = [];
    for (const referral of record.referrals) {
      const status = referralStatus(referral);
      const made = referral.history[0];
      if (!status || !made || !WAITING.has(status)) continue;
      const days = daysBetween(made.on, upTo);
      if (days <= maxDays) continue;
      findings.push({
        message: `A referral has waited ${days} days for the service to start (policy: at most ${maxDays})`,
        path: ['referrals', referral.id],
        evidence: {
          referralId: referral.id,
          agency: referral.agency,
          status,
          madeOn: made.on,
          days,
          maxDays,
          ...(referral.actionId !== undefined && { actionId: referral.actionId }),
        },
      });
    }
    return findings;
  },
});
