/**
 * Docs that cannot drift: every TypeScript block (```ts) in README.md and docs/*.md type-checks
 * against the library's source, as a host's module importing `yjplan` and its subpaths. A block
 * states what it uses (`import`, or `declare const x: T` for what a host already holds). A block
 * that is not a program (an object printed, a shape) is fenced as ```js or ```text instead.
 */
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const root = fileURLToPath(new URL('../..', import.meta.url));

/** Every ```ts block of the README and the docs, named by file and position. */
function typescriptBlocks(): { name: string; code: string }[] {
  const files = [
    'README.md',
    ...readdirSync(join(root, 'docs'))
      .filter((f) => f.endsWith('.md'))
      .map((f) => `docs/${f}`),
  ];
  return files.flatMap((file) =>
    [...readFileSync(join(root, file), 'utf8').matchAll(/^```ts\n([\s\S]*?)^```$/gm)].map(
      (m, i) => ({ name: `${file}#${i + 1}`, code: m[1] ?? '' }),
    ),
  );
}

/** Where each entry a host imports lives in the source. */
const ENTRIES: Record<string, string> = {
  yjplan: 'src/index.ts',
  'yjplan/schemas': 'src/schemas.ts',
  'yjplan/law': 'src/law.ts',
  'yjplan/testing': 'src/testing/index.ts',
  'yjplan/testing/arbitraries': 'src/testing/arbitraries/index.ts',
  'yjplan/testing/paths': 'src/testing/paths.ts',
  'yjplan/render': 'src/render/index.ts',
  'yjplan/report': 'src/report/index.ts',
  'yjplan/store': 'src/store/index.ts',
};

describe('the TypeScript in README.md and docs/', () => {
  it('type-checks, block by block', () => {
    const blocks = typescriptBlocks();
    expect(blocks.length).toBeGreaterThan(10);
    // Inside the project, so that a block resolves the project's dependencies (pg, PGlite...).
    const dir = join(root, 'test', 'docs', `.blocks-${process.pid}`);
    mkdirSync(dir, { recursive: true });
    try {
      const files = blocks.map(({ name, code }, i) => {
        const file = join(dir, `block${i}.ts`);
        // Each block is a module of its own (top-level await, no shared names).
        writeFileSync(file, `${code}\nexport {};\n`);
        return { file, name };
      });
      const program = ts.createProgram(
        files.map((f) => f.file),
        {
          target: ts.ScriptTarget.ES2022,
          lib: ['lib.es2023.d.ts'],
          module: ts.ModuleKind.ESNext,
          moduleResolution: ts.ModuleResolutionKind.Bundler,
          types: ['node'],
          typeRoots: [join(root, 'node_modules', '@types')],
          strict: true,
          noUncheckedIndexedAccess: true,
          skipLibCheck: true,
          noEmit: true,
          jsx: ts.JsxEmit.ReactJSX,
          jsxImportSource: 'preact',
          baseUrl: root,
          paths: Object.fromEntries(Object.entries(ENTRIES).map(([k, v]) => [k, [v]])),
        },
      );
      const byFile = new Map(files.map((f) => [f.file, f.name]));
      const errors = ts
        .getPreEmitDiagnostics(program)
        .filter((d) => d.file && byFile.has(d.file.fileName))
        .map((d) => {
          const { line } = d.file?.getLineAndCharacterOfPosition(d.start ?? 0) ?? { line: 0 };
          return `${byFile.get(d.file?.fileName ?? '')} line ${line + 1}: ${ts.flattenDiagnosticMessageText(d.messageText, '\n').split('\n')[0]}`;
        });
      expect(errors).toEqual([]);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});
