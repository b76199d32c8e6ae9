import type { AnyStateNode } from 'xstate';
import { caseMachine } from './machine.js';

const idOf = (node: AnyStateNode) => node.path.join('_') || 'case';

function guardLabel(guard: unknown): string {
  if (!guard) return '';
  const type =
    typeof guard === 'object' && guard !== null ? (guard as { type?: unknown }).type : guard;
  return typeof type === 'string' ? ` [${type}]` : '';
}

function render(node: AnyStateNode, indent: string, lines: string[]): void {
  const children = Object.values(node.states) as AnyStateNode[];
  if (node.type === 'parallel') {
    children.forEach((region, i) => {
      if (i > 0) lines.push(`${indent}--`);
      lines.push(`${indent}state "${region.key}" as ${idOf(region)} {`);
      render(region, `${indent}  `, lines);
      lines.push(`${indent}}`);
    });
  } else {
    const initial = node.config.initial;
    if (typeof initial === 'string' && node.states[initial]) {
      lines.push(`${indent}[*] --> ${idOf(node.states[initial] as AnyStateNode)}`);
    }
    for (const child of children) {
      if (Object.keys(child.states).length > 0) {
        lines.push(`${indent}state "${child.key}" as ${idOf(child)} {`);
        render(child, `${indent}  `, lines);
        lines.push(`${indent}}`);
      } else {
        lines.push(`${indent}state "${child.key}" as ${idOf(child)}`);
      }
      if (child.type === 'final') lines.push(`${indent}${idOf(child)} --> [*]`);
    }
  }
}

function transitions(node: AnyStateNode, lines: string[]): void {
  // The root's transitions (a transfer) apply in every stage that is not final.
  const sources =
    node === caseMachine.root
      ? (Object.values(node.states) as AnyStateNode[]).filter((s) => s.type !== 'final')
      : [node];
  for (const [eventType, list] of node.transitions) {
    for (const t of list) {
      for (const target of t.target ?? []) {
        for (const source of sources) {
          lines.push(`  ${idOf(source)} --> ${idOf(target)}: ${eventType}${guardLabel(t.guard)}`);
        }
      }
    }
  }
  for (const t of node.always ?? []) {
    for (const target of t.target ?? []) {
      lines.push(`  ${idOf(node)} --> ${idOf(target)}: (on entry)${guardLabel(t.guard)}`);
    }
  }
  for (const child of Object.values(node.states) as AnyStateNode[]) transitions(child, lines);
}

/**
 * The case lifecycle as a Mermaid `stateDiagram-v2`, generated from the machine itself (never
 * drawn by hand, so it cannot drift). Events that keep the case in its stage are left out.
 *
 * @example
 * fs.writeFileSync('lifecycle.mmd', stateDiagram());
 */
export function stateDiagram(): string {
  const lines = ['stateDiagram-v2'];
  render(caseMachine.root, '  ', lines);
  transitions(caseMachine.root, lines);
  return `${lines.join('\n')}\n`;
}
