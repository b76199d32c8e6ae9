/**
 * The checks of a YRO made under the 2022 Act's pilot (S.I. 2023/705): `pilotArea` dates, up to
 * 365 days of extended activity, electronic whereabouts monitoring.
 * @internal
 */
import type * as z from 'zod';
import { issPilot as P } from '../../law/pilot.js';
import { requirementLimits as L } from '../../law/yroRequirements.js';
import { issue } from './checks.js';
import { legalDate } from './lawLookup.js';
import type { YroRequirement } from './requirements.js';

interface PilotFields {
  readonly convictionDate: string;
  readonly sentenceDate: string;
  readonly pilotArea?: boolean | undefined;
  readonly requirements: readonly YroRequirement[];
}

const window = `from ${legalDate(P.firstDay)} to ${legalDate(P.lastDay)}`;

/**
 * @internal A pilot-area order was made while the pilot was in force; pilot-only provisions need a
 * pilot-area order and a conviction on or after the day they came into force.
 */
export function checkPilot(v: PilotFields, ctx: z.RefinementCtx): void {
  const pilot = v.pilotArea === true;
  if (pilot && (v.sentenceDate < P.firstDay || v.sentenceDate > P.lastDay)) {
    issue(
      ctx,
      ['pilotArea'],
      `An order is made under the pilot only while it is in force, ${window} (${P.source})`,
    );
    return;
  }
  v.requirements.forEach((r, i) => {
    if (r.kind === 'activity' && r.days > L.activity.extended.days.max) {
      if (!pilot || v.convictionDate < P.extendedActivityConvictedFrom) {
        issue(
          ctx,
          ['requirements', i, 'days'],
          `Extended activity of more than ${L.activity.extended.days.max} days (up to ${P.extendedActivityDays.max}) is only for a pilot-area order (\`pilotArea\`) and a conviction on or after ${legalDate(P.extendedActivityConvictedFrom)} (${P.extendedActivitySource})`,
        );
      }
    }
    if (r.kind === 'electronic-whereabouts-monitoring') {
      if (!pilot || v.convictionDate < P.whereaboutsMonitoringConvictedFrom) {
        issue(
          ctx,
          ['requirements', i, 'kind'],
          `An electronic whereabouts monitoring requirement is only for a pilot-area order (\`pilotArea\`) and a conviction on or after ${legalDate(P.whereaboutsMonitoringConvictedFrom)} (${P.whereaboutsMonitoringSource})`,
        );
      }
    }
  });
}
