import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseCaseEvent, parseCaseFile } from '../../src/lifecycle/parsers.js';
import { replay } from '../../src/lifecycle/replay.js';
import * as kit from '../../src/testing/index.js';

const DIR = new URL('../../src/testing/examples/', import.meta.url);
const FILES = readdirSync(DIR).filter((f) => f.endsWith('.json'));

describe('the worked examples, shipped as JSON case files', () => {
  it.each(FILES)('%s is a valid case file whose events parse unchanged and replay', (name) => {
    const file = parseCaseFile(JSON.parse(readFileSync(new URL(name, DIR), 'utf8')));
    for (const event of file.events) expect(parseCaseEvent(event)).toEqual(event);
    expect(replay(file.events).events).toHaveLength(file.events.length);
  });

  it('each has a loader in yjplan/testing that gives a fresh copy every call', () => {
    const loaders = Object.entries(kit).filter(([name]) =>
      /ExampleEvents$|^workedExampleEvents$/.test(name),
    );
    expect(loaders.length).toBe(FILES.length);
    for (const [, load] of loaders) {
      const first = (load as () => { id: string }[])();
      first.pop();
      expect((load as () => unknown[])().length).toBe(first.length + 1);
    }
  });
});
