import { setup } from 'xstate';
import { CUSTODY_PHASE, type MachineContext } from './context.js';
import type { Fact, Guard, Move } from './defineEvent.js';
import { DEFINITIONS } from './events/index.js';

/**
 * @internal The event as the machine sees it: its type and the one fact its guards read.
 */
export interface MachineEvent {
  readonly type: string;
  readonly fact?: Fact;
}

/** A transition in xstate's config form, as built from an event's move. */
interface TransitionConfig {
  target?: string;
  reenter?: true;
  guard?: string;
  actions?: 'record';
}

/** The machine's own guards (on entering delivery's regions), beside those the events declare. */
const compliance = (name: string, status: MachineContext['compliance']): Guard => ({
  name,
  test: (_fact, context) => context.compliance === status,
});
const ENTERING = {
  custody: CUSTODY_PHASE,
  warned: compliance('warned', 'warned'),
  enforcement: compliance('inEnforcement', 'enforcement'),
  reengaging: compliance('reengaging', 'reengaging'),
};

/** Every guard by name: one test per name, wherever it is used. */
const guards = new Map<string, Guard>();
function guardName(guard: Guard): string {
  const known = guards.get(guard.name);
  if (known !== undefined && known.test !== guard.test)
    throw new Error(`Two different guards are named ${guard.name}`);
  guards.set(guard.name, guard);
  return guard.name;
}
for (const guard of Object.values(ENTERING)) guardName(guard);

/**
 * The `on` maps of every state, built from the events' moves: state path -> event type -> the
 * transitions, in the order the event declares them.
 */
function onMaps(): Map<string, Record<string, TransitionConfig[]>> {
  const maps = new Map<string, Record<string, TransitionConfig[]>>();
  for (const definition of DEFINITIONS) {
    for (const move of definition.moves as readonly Move[]) {
      const on = maps.get(move.from) ?? {};
      maps.set(move.from, on);
      const transitions = on[definition.type] ?? [];
      on[definition.type] = transitions;
      transitions.push({
        ...(move.to === undefined ? { actions: 'record' } : { target: `#case.${move.to}` }),
        ...(move.reenter && { reenter: true }),
        ...(move.guard && { guard: guardName(move.guard as Guard) }),
      });
    }
  }
  return maps;
}

const ON = onMaps();
/** The transitions declared at one state (a dot path; `''` is the machine itself). */
const on = (path: string) => ON.get(path) ?? {};

/**
 * @internal The case lifecycle as an xstate 5 statechart: the single authority on what may happen when.
 * Its shape (stages, nested states, delivery's parallel regions and how they are entered) is
 * written here; every transition an event takes is declared with the event (`defineEvent`'s
 * `moves`) and gathered into the `on` maps. Guards encode structural rules only (a plan cannot be
 * activated before the assessment is signed off; a case closes only after a closing review;
 * agreement attaches to an existing plan version). Practice guidance lives in the checks, so
 * professional judgement stays possible.
 */
export const caseMachine = setup({
  types: {
    context: {} as MachineContext,
    events: {} as MachineEvent,
    input: {} as MachineContext,
  },
  guards: Object.fromEntries(
    [...guards].map(([name, guard]) => [
      name,
      ({ context, event }: { context: MachineContext; event: MachineEvent }) =>
        guard.test(event.fact, context),
    ]),
  ),
  actions: {
    /** Events that stay in their state change the record only (the reducer applies them). */
    record: () => {},
  },
}).createMachine({
  id: 'case',
  context: ({ input }) => input,
  initial: 'opened',
  on: on(''),
  states: {
    opened: {
      description: 'Referral received and case opened; assessment not yet begun.',
      on: on('opened'),
    },
    assessment: {
      initial: 'inProgress',
      on: on('assessment'),
      states: {
        inProgress: { on: on('assessment.inProgress') },
        awaitingSignOff: { on: on('assessment.awaitingSignOff') },
      },
    },
    planning: {
      initial: 'drafting',
      on: on('planning'),
      states: {
        drafting: { on: on('planning.drafting') },
        awaitingAgreement: { on: on('planning.awaitingAgreement') },
        signedOff: { on: on('planning.signedOff') },
      },
    },
    delivery: {
      type: 'parallel',
      on: on('delivery'),
      states: {
        phase: {
          initial: 'entering',
          states: {
            entering: {
              always: [
                { target: 'custody', guard: ENTERING.custody.name },
                { target: 'community' },
              ],
            },
            custody: { on: on('delivery.phase.custody') },
            community: { on: on('delivery.phase.community') },
          },
        },
        compliance: {
          initial: 'entering',
          states: {
            entering: {
              always: [
                { target: 'warned', guard: ENTERING.warned.name },
                { target: 'enforcement', guard: ENTERING.enforcement.name },
                { target: 'reengaging', guard: ENTERING.reengaging.name },
                { target: 'compliant' },
              ],
            },
            compliant: { on: on('delivery.compliance.compliant') },
            warned: { on: on('delivery.compliance.warned') },
            enforcement: { on: on('delivery.compliance.enforcement') },
            reengaging: { on: on('delivery.compliance.reengaging') },
          },
        },
      },
    },
    review: {
      description: 'A scheduled or triggered review of the plan.',
      on: on('review'),
    },
    closing: {
      description: 'The closing review decided to close; exit plan being finalised.',
      on: on('closing'),
    },
    closed: { type: 'final' },
    transferred: { type: 'final' },
  },
});

/**
 * @internal The state paths the machine has, for a test that every move names one of them.
 */
export function statePaths(): string[] {
  const paths: string[] = [''];
  const walk = (node: { states: Record<string, unknown> }, prefix: string) => {
    for (const [key, child] of Object.entries(node.states)) {
      const path = prefix ? `${prefix}.${key}` : key;
      paths.push(path);
      walk(child as { states: Record<string, unknown> }, path);
    }
  };
  walk(caseMachine.root as unknown as { states: Record<string, unknown> }, '');
  return paths;
}
