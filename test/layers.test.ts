/**
 * The layer order of docs/architecture.md, enforced: no import in src/ goes up the order, or
 * across to a sibling the document does not allow.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('..', import.meta.url));
const src = join(root, 'src');

/** The layers, bottom first, read from the document's `layers` block. */
function layerOrder(): Map<string, number> {
  const doc = readFileSync(join(root, 'docs/architecture.md'), 'utf8');
  const block = /```layers\n([\s\S]*?)```/.exec(doc)?.[1] ?? '';
  const order = new Map<string, number>();
  block
    .trim()
    .split('\n')
    .forEach((line, rank) => {
      for (const name of line.split(',')) order.set(name.trim(), rank);
    });
  return order;
}

/** Imports a sibling may make: `from` may import `to` (a layer, or a layer's file). */
const ALLOWED_ACROSS: readonly [string, string][] = [
  ['report', 'render'],
  ['cli', 'testing/index.ts'],
];

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.tsx?$/.test(name) ? [path] : [];
  });
}

const layerOf = (path: string) => relative(src, path).split('/')[0] as string;
const IMPORT = /(?:^|\n)\s*(?:import|export)\s[^;]*?from\s+'(\.{1,2}\/[^']+)'/g;

/** Every relative import in src/, as [importing file, imported file]. */
function imports(): [string, string][] {
  return files(src).flatMap((file) =>
    [...readFileSync(file, 'utf8').matchAll(IMPORT)].map(([, spec]): [string, string] => [
      file,
      normalize(join(dirname(file), (spec as string).replace(/\.js$/, '.ts'))),
    ]),
  );
}

describe('layers', () => {
  const order = layerOrder();
  // The files at the top of src/: the package version (bottom) and the public entries `yjplan`,
  // `yjplan/schemas` and `yjplan/law` (top).
  const FILES: Record<string, number | undefined> = {
    'version.ts': 0,
    'index.ts': order.size,
    'schemas.ts': order.size,
    'law.ts': order.size,
  };
  const rank = (layer: string) => (layer.endsWith('.ts') ? FILES[layer] : order.get(layer));

  it('gives every folder of src/ a place in the order', () => {
    const folders = readdirSync(src).filter((n) => statSync(join(src, n)).isDirectory());
    expect(folders.filter((f) => !order.has(f))).toEqual([]);
  });

  it('has no import that goes up the order, or across to a sibling not allowed', () => {
    const wrong: string[] = [];
    for (const [file, target] of imports()) {
      if (!target.startsWith(src)) continue; // package.json, read for the version
      const from = layerOf(file);
      const to = layerOf(target);
      if (from === to) continue;
      const [a, b] = [rank(from), rank(to)];
      if (a === undefined || b === undefined) throw new Error(`No layer for ${from} or ${to}`);
      const allowed = ALLOWED_ACROSS.some(
        ([f, t]) => f === from && (t === to || t === relative(src, target)),
      );
      if (b > a || (b === a && !allowed)) {
        wrong.push(`${relative(src, file)} -> ${relative(src, target)}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
