/**
 * The case file scanner (`yjplan check` reads lines over 1 MiB and documents over many lines
 * with it) against its reference in the same run: `JSON.parse` then `safeParseCaseFile`.
 * Run: `npx vitest bench --run test/cli/caseFileScanner.bench.ts`.
 */
import { bench, describe } from 'vitest';
import { CaseFileScanner } from '../../src/cli/caseFileScanner.js';
import { safeParseCaseFile } from '../../src/lifecycle/persist.js';
import { longCaseEvents } from '../fixtures/longCase.js';

/** A long valid case on one line, cut into 64 KiB pieces as a file stream gives it. */
const text = JSON.stringify({ schemaVersion: 1, events: longCaseEvents(2000) });
const pieces: string[] = [];
for (let i = 0; i < text.length; i += 65_536) pieces.push(text.slice(i, i + 65_536));
/** A file of 100,000 empty events: invalid from the first. */
const empty = `{"schemaVersion":1,"events":[${Array(100_000).fill('{}').join(',')}]}`;

describe(`a valid case of 2,000 events (${Math.round(text.length / 1024)} KiB)`, () => {
  bench('reference: JSON.parse + safeParseCaseFile', () => {
    if (!safeParseCaseFile(JSON.parse(text)).ok) throw new Error('invalid');
  });
  bench('case file scanner, in 64 KiB pieces', () => {
    const scanner = new CaseFileScanner();
    for (const piece of pieces) scanner.feed(piece);
    const r = scanner.end();
    if (r.syntax || !r.file.ok) throw new Error('invalid');
  });
});

describe('a file of 100,000 empty events', () => {
  bench('reference: JSON.parse + safeParseCaseFile', () => {
    safeParseCaseFile(JSON.parse(empty));
  });
  bench('case file scanner', () => {
    const scanner = new CaseFileScanner();
    scanner.feed(empty);
    scanner.end();
  });
});
