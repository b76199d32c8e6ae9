/**
 * The public entries stay small and documented (docs/decisions/0065-public-entries.md): the root
 * entry names at most about 60 runtime exports, none of them machine internals, and every export
 * of the root entry, runtime or type, has a JSDoc summary with an `@example` where it is declared.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as root from '../../src/index.js';
import * as law from '../../src/law.js';
import * as schemas from '../../src/schemas.js';

/** The budget of runtime exports on `yjplan` (issue: "at most about 60"). */
const ROOT_BUDGET = 60;

const src = (file: string) => readFileSync(new URL(`../../src/${file}`, import.meta.url), 'utf8');

interface Named {
  readonly name: string;
  readonly from: string;
}

/** The names an entry re-exports, each with the module it comes from. */
function reexports(entry: string): Named[] {
  const text = src(entry);
  const names: Named[] = [];
  for (const [, list = '', from = ''] of text.matchAll(
    /export (?:type )?\{([^}]*)\} from '\.\/([^']+)\.js'/g,
  )) {
    for (const part of list.split(',')) {
      const name = part
        .trim()
        .replace(/^type\s+/, '')
        .split(/\s+as\s+/)
        .pop();
      if (name) names.push({ name, from: `${from}.ts` });
    }
  }
  return names;
}

/** The JSDoc block right above the declaration of `name` (undefined if none), through re-exports. */
function docOf({ name, from }: Named): string | undefined {
  const again = reexports(from).find((n) => n.name === name);
  if (again) return docOf({ name, from: `${from.replace(/[^/]+$/, '')}${again.from}` });
  const lines = src(from).split('\n');
  let at = lines.findIndex((line) =>
    new RegExp(
      `^export (?:declare )?(?:abstract )?(?:const|function|class|type|interface|let) ${name}\\b`,
    ).test(line),
  );
  // Or one of the names of `export const { a, b } = ...` (the generated parsers), documented once.
  if (at < 0) {
    const member = lines.indexOf(`  ${name},`);
    at =
      member < 0 ? -1 : lines.slice(0, member).findLastIndex((l) => l.startsWith('export const {'));
  }
  if (at < 1 || !lines[at - 1]?.trim().endsWith('*/')) return undefined;
  let start = at - 1;
  while (start > 0 && !lines[start]?.includes('/**')) start--;
  return lines.slice(start, at).join('\n');
}

describe('the root entry, yjplan', () => {
  it(`names at most ${ROOT_BUDGET} runtime exports`, () => {
    expect(Object.keys(root).length).toBeLessThanOrEqual(ROOT_BUDGET);
  });

  it('exports no statechart internals and no rule internals a host cannot use', () => {
    for (const name of ['caseMachine', 'Rule', 'CheckContext', 'RawFinding', 'GuardFacts']) {
      expect(Object.keys(root)).not.toContain(name);
      expect(src('index.ts')).not.toMatch(new RegExp(`\\b${name}\\b,`));
    }
  });

  it('documents every runtime export with a summary and an @example, and every type with a summary', () => {
    const named = reexports('index.ts');
    const runtime = new Set(Object.keys(root));
    expect(named.filter((n) => runtime.has(n.name))).toHaveLength(runtime.size);
    const undocumented = named
      .filter((n) => (runtime.has(n.name) ? !docOf(n)?.includes('@example') : !docOf(n)))
      .map((n) => `${n.name} (${n.from})`);
    expect(undocumented).toEqual([]);
  });

  it('leaves the schemas and parsers to yjplan/schemas and the law to yjplan/law', () => {
    expect(Object.keys(root).filter((name) => name.endsWith('Schema'))).toEqual([]);
    expect(schemas).toHaveProperty('parseCaseEvent');
    expect(schemas).toHaveProperty('safeParseCaseFile');
    expect(schemas).toHaveProperty('parseHandoverPlan');
    expect(law).toHaveProperty('disposalCatalogue');
  });
});
