import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { AnyStateNode } from 'xstate';
import { stateDiagram } from '../../src/lifecycle/diagram.js';
import { caseMachine } from '../../src/lifecycle/machine.js';
import { ACTIVE_STAGES, STAGES } from '../../src/lifecycle/stages.js';

const diagram = stateDiagram();
const lines = diagram.trimEnd().split('\n');

/** Every event type the statechart routes to another state, read from the machine. */
function routedEvents(node: AnyStateNode = caseMachine.root): Set<string> {
  const found = new Set<string>();
  for (const [type, list] of node.transitions) {
    if (list.some((t) => (t.target ?? []).length > 0)) found.add(type);
  }
  for (const child of Object.values(node.states) as AnyStateNode[]) {
    for (const type of routedEvents(child)) found.add(type);
  }
  return found;
}

describe('stateDiagram', () => {
  it('is a Mermaid stateDiagram-v2', () => {
    expect(lines[0]).toBe('stateDiagram-v2');
    expect(diagram.endsWith('\n')).toBe(true);
  });

  it('declares every stage, and the nested states of assessment, planning and delivery', () => {
    for (const stage of STAGES) {
      const declaration = new RegExp(`^\\s*state "${stage}" as ${stage}( \\{)?$`);
      expect(
        lines.some((l) => declaration.test(l)),
        stage,
      ).toBe(true);
    }
    for (const nested of [
      'state "inProgress" as assessment_inProgress',
      'state "awaitingSignOff" as assessment_awaitingSignOff',
      'state "drafting" as planning_drafting',
      'state "awaitingAgreement" as planning_awaitingAgreement',
      'state "signedOff" as planning_signedOff',
      'state "custody" as delivery_phase_custody',
      'state "community" as delivery_phase_community',
      'state "warned" as delivery_compliance_warned',
      'state "enforcement" as delivery_compliance_enforcement',
      'state "reengaging" as delivery_compliance_reengaging',
    ]) {
      expect(lines.map((l) => l.trim())).toContain(nested);
    }
    expect(lines.map((l) => l.trim())).toContain('--');
  });

  it('labels a transition for every event the statechart routes', () => {
    const labels = lines.filter((l) => l.includes(' --> ') && l.includes(': '));
    for (const type of routedEvents()) {
      expect(
        labels.some((l) => l.includes(`: ${type}`)),
        type,
      ).toBe(true);
    }
  });

  it('draws the structural rules with their guards', () => {
    const edges = lines.map((l) => l.trim());
    expect(edges).toContain('opened --> assessment_inProgress: assessment.started');
    expect(edges).toContain(
      'planning_drafting --> planning_awaitingAgreement: plan.drafted [noPlanYet]',
    );
    expect(edges).toContain(
      'planning_signedOff --> delivery: plan.activated [assessmentSignedOff]',
    );
    expect(edges).toContain('review --> closing: review.completed [decidedClose]');
    expect(edges).toContain('review --> planning_drafting: review.completed [decidedRevisePlan]');
    expect(edges).toContain('closing --> closed: case.closed');
    expect(edges).toContain(
      'delivery_phase_custody --> delivery_phase_community: custody.phaseEnded',
    );
    for (const stage of ACTIVE_STAGES) {
      expect(edges).toContain(`${stage} --> transferred: case.transferred`);
    }
    expect(edges.filter((l) => l.endsWith(': case.closed'))).toHaveLength(1);
  });

  it('marks closed and transferred as final, and leaves out events that keep the stage', () => {
    expect(lines.map((l) => l.trim())).toContain('closed --> [*]');
    expect(lines.map((l) => l.trim())).toContain('transferred --> [*]');
    expect(diagram).not.toContain('contact.recorded');
    expect(diagram).not.toContain('plan.agreementRecorded');
  });

  it('only draws edges between states it declares, each declared once', () => {
    const declared = lines
      .map((l) => /^\s*state "[^"]+" as ([a-zA-Z_]+)/.exec(l)?.[1])
      .filter((id): id is string => id !== undefined);
    expect(new Set(declared).size).toBe(declared.length);
    for (const line of lines.filter((l) => l.includes(' --> '))) {
      const [from, to] = line.trim().split(/ --> |: /);
      for (const end of [from, to]) {
        if (end !== '[*]') expect(declared, line).toContain(end);
      }
    }
  });

  it('is the diagram shown in docs/lifecycle.md', () => {
    const doc = readFileSync(new URL('../../docs/lifecycle.md', import.meta.url), 'utf8');
    expect(doc).toContain(`\`\`\`mermaid\n${diagram}\`\`\``);
  });
});
