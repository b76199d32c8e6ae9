/**
 * Dependency cycles among objectives (Tarjan's strongly connected components, iterative-free
 * recursion is fine: a plan holds at most 100 objectives).
 * @internal
 */

/** @internal Each cycle of the `dependsOn` graph as its sorted member ids; self-dependency included. */
export function dependencyCycles(
  nodes: readonly { readonly id: string; readonly dependsOn: readonly string[] }[],
): string[][] {
  const edges = new Map(nodes.map((n) => [n.id, n.dependsOn]));
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const cycles: string[][] = [];
  let next = 0;

  const visit = (id: string): void => {
    index.set(id, next);
    low.set(id, next);
    next++;
    stack.push(id);
    onStack.add(id);
    for (const dep of edges.get(id) ?? []) {
      if (!edges.has(dep)) continue;
      if (!index.has(dep)) {
        visit(dep);
        low.set(id, Math.min(low.get(id) ?? 0, low.get(dep) ?? 0));
      } else if (onStack.has(dep)) {
        low.set(id, Math.min(low.get(id) ?? 0, index.get(dep) ?? 0));
      }
    }
    if (low.get(id) !== index.get(id)) return;
    const component: string[] = [];
    let member: string | undefined;
    do {
      member = stack.pop();
      if (member === undefined) break;
      onStack.delete(member);
      component.push(member);
    } while (member !== id);
    const selfLoop = component.length === 1 && (edges.get(id) ?? []).includes(id);
    if (component.length > 1 || selfLoop) cycles.push(component.sort());
  };

  for (const n of nodes) if (!index.has(n.id)) visit(n.id);
  return cycles;
}
