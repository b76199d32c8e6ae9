import type * as z from 'zod';

type Path = readonly (string | number)[];

/**
 * @internal Adds an issue for each item whose `id` repeats an earlier one in the same list.
 *
 * @example
 * uniqueIds(plan.objectives, ['objectives'], ctx); // issue at ['objectives', 2, 'id'] for a repeat
 */
export function uniqueIds(
  items: readonly { id: string }[],
  path: Path,
  ctx: z.RefinementCtx,
): void {
  const seen = new Set<string>();
  items.forEach((item, i) => {
    if (seen.has(item.id)) {
      ctx.addIssue({
        code: 'custom',
        path: [...path, i, 'id'],
        message: 'Duplicate id in this list',
      });
    }
    seen.add(item.id);
  });
}
