import type { StateValue } from 'xstate';
import type { CaseState } from '../lifecycle/state.js';

const STAGE: Record<string, string> = {
  opened: 'Opened',
  assessment: 'Assessment',
  'assessment.inProgress': 'Assessment in progress',
  'assessment.awaitingSignOff': 'Assessment awaiting sign-off',
  planning: 'Planning',
  'planning.drafting': 'Plan being drafted',
  'planning.awaitingAgreement': 'Plan awaiting agreement',
  'planning.signedOff': 'Plan signed off, not yet active',
  delivery: 'Delivering the plan',
  review: 'Plan under review',
  closing: 'Closing',
  closed: 'Closed',
  transferred: 'Transferred to another service',
};

const PHASE: Record<string, string> = {
  community: 'in the community',
  custody: 'in custody',
  entering: '',
};

const COMPLIANCE: Record<string, string> = {
  compliant: 'complying',
  warned: 'warning given',
  enforcement: 'breach action under way',
  reengaging: 're-engaging after breach action',
  entering: '',
};

/**
 * The stage of a case in words a practitioner reads, in place of the statechart's value:
 * `{ delivery: { phase: 'community', compliance: 'warned' } }` reads "Delivering the plan in the
 * community (warning given)".
 *
 * @example
 * stageInWords(state); // 'Plan awaiting agreement'
 */
export function stageInWords(state: Pick<CaseState, 'machineState'>): string {
  return valueInWords(state.machineState);
}

/** @internal The words of a statechart value; see {@link stageInWords}. */
export function valueInWords(value: StateValue): string {
  if (typeof value === 'string') return STAGE[value] ?? value.replaceAll('-', ' ');
  const [stage, sub] = Object.entries(value)[0] ?? ['', undefined];
  if (stage === 'delivery' && sub !== undefined && typeof sub === 'object') {
    const parts = sub as Record<string, unknown>;
    const phase = PHASE[String(parts.phase)] ?? '';
    const compliance = COMPLIANCE[String(parts.compliance)] ?? '';
    return `${STAGE.delivery}${phase ? ` ${phase}` : ''}${compliance ? ` (${compliance})` : ''}`;
  }
  if (typeof sub === 'string') return STAGE[`${stage}.${sub}`] ?? STAGE[stage] ?? stage;
  return STAGE[stage] ?? stage;
}

/**
 * @internal The words of a stage label as `stageLabel` and the history write it
 * (`delivery.community+warned`, `planning.awaitingAgreement`, `closed`).
 */
export function labelInWords(label: string): string {
  const dot = label.indexOf('.');
  if (dot < 0) return STAGE[label] ?? label;
  const stage = label.slice(0, dot);
  const rest = label.slice(dot + 1);
  if (stage === 'delivery') {
    const [phase = '', compliance = ''] = rest.split('+');
    return valueInWords({ delivery: { phase, compliance } });
  }
  return STAGE[label] ?? STAGE[stage] ?? label;
}
