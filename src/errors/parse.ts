import type * as z from 'zod';
import type { Immutable } from '../_lib/immutable.js';
import { errorFromZod } from './fromZod.js';
import { libraryParseOptions } from './messages.js';
import { err, ok, type Result } from './result.js';

/**
 * @internal Makes the throwing and the result-returning parser for one schema, so every
 * parser behaves the same way: `invalid_input` with one issue per offending field, and messages
 * that never quote the input.
 *
 * @example
 * const { parse, safeParse } = parsers(OptionsSchema, 'plan view options');
 */
export function parsers<S extends z.ZodType>(schema: S, what: string) {
  const safeParse = (input: unknown): Result<Immutable<z.output<S>>> => {
    const r = schema.safeParse(input, libraryParseOptions);
    return r.success ? ok(r.data as Immutable<z.output<S>>) : err(errorFromZod(r.error, what));
  };
  const parse = (input: unknown): Immutable<z.output<S>> => {
    const r = safeParse(input);
    if (!r.ok) throw r.error;
    return r.value;
  };
  return { parse, safeParse };
}

/**
 * @internal One top-level input of a table of inputs: its schema and either the word its
 * messages use (`Invalid child at dateOfBirth: ...`) or its own result-form parser, for an input
 * whose parser does more than its schema (bounded issues, per-type compiled schemas, caching).
 */
export type InputEntry =
  | { readonly schema: z.ZodType; readonly what: string }
  | { readonly schema: z.ZodType; readonly safeParse: (input: unknown) => Result<unknown> };

/** @internal `'intervention-plan'` to `'InterventionPlan'`, in the types. */
export type PascalCase<S extends string> = S extends `${infer H}-${infer T}`
  ? `${Capitalize<H>}${PascalCase<T>}`
  : Capitalize<S>;

/** @internal What an entry's parsers return. */
export type ParsedInput<E extends InputEntry> = E extends {
  readonly safeParse: (input: unknown) => Result<infer T>;
}
  ? T
  : Immutable<z.output<E['schema']>>;

/**
 * @internal The parser family of a table of inputs: `parseX` (throws a `YjplanError`) and
 * `safeParseX` (returns a `Result`) for each entry, `X` the entry's name in PascalCase.
 */
export type ParsersOf<T extends Readonly<Record<string, InputEntry>>> = {
  readonly [K in keyof T & string as `parse${PascalCase<K>}`]: (
    input: unknown,
  ) => ParsedInput<T[K]>;
} & {
  readonly [K in keyof T & string as `safeParse${PascalCase<K>}`]: (
    input: unknown,
  ) => Result<ParsedInput<T[K]>>;
};

/** @internal `'intervention-plan'` to `'InterventionPlan'`. */
export const pascalCase = (name: string): string =>
  name.replace(/(?:^|-)([a-z])/g, (_, c: string) => c.toUpperCase());

/**
 * @internal Generates both parser forms of every input of a table, so no pair is written by
 * hand: the result form from the entry (its own, or made from its schema by {@link parsers}),
 * the throwing form from the result form.
 *
 * @example
 * const { parseChild, safeParseChild } = parsersOf({ child: { schema: ChildSchema, what: 'child' } });
 */
export function parsersOf<const T extends Readonly<Record<string, InputEntry>>>(
  table: T,
): ParsersOf<T> {
  const family: Record<string, (input: unknown) => unknown> = {};
  for (const [name, entry] of Object.entries(table)) {
    const safeParse =
      'safeParse' in entry ? entry.safeParse : parsers(entry.schema, entry.what).safeParse;
    family[`parse${pascalCase(name)}`] = (input: unknown) => {
      const r = safeParse(input);
      if (!r.ok) throw r.error;
      return r.value;
    };
    family[`safeParse${pascalCase(name)}`] = safeParse;
  }
  return family as ParsersOf<T>;
}
