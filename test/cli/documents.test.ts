import { describe, expect, it } from 'vitest';
import { runCli } from '../../src/cli/program.js';
import { simulateCaseload, workedExampleEvents } from '../../src/testing/index.js';
import { kaiSharedWithSchool } from '../fixtures/exampleVariants.js';
import { memoryIo } from './io.js';

const kai = JSON.stringify({ schemaVersion: 1, events: workedExampleEvents() });

const caseload = [...simulateCaseload({ seed: 5, cases: 12 })]
  .map((f) => JSON.stringify(f))
  .join('\n');

describe('yjplan view', () => {
  it('writes the child’s plan as HTML to --out', async () => {
    const m = memoryIo({ files: { 'kai.json': kai } });
    const code = await runCli(
      ['view', 'kai.json', '--audience', 'child', '--as-of', '2025-10-16', '--out', 'plan.html'],
      m.io,
    );
    expect(code).toBe(0);
    expect(m.written['plan.html']).toMatch(/^<!doctype html>\n<html lang="en">/);
    expect(m.written['plan.html']).toContain('My plan');
  });

  it('writes a Welsh parent/carer copy for a named person to standard output', async () => {
    const m = memoryIo({ files: { 'kai.json': kai } });
    const argv = ['view', 'kai.json', '--audience', 'parent', '--person', 'pc-mum', '--lang', 'cy'];
    expect(await runCli([...argv, '--as-of', '2025-10-16'], m.io)).toBe(0);
    expect(m.stdout()).toContain('<html lang="cy">');
  });

  it('puts names and numbers from --directory on the document', async () => {
    const directory = JSON.stringify({
      people: { 'pr-sam': { name: 'Sam Okafor', phone: '01632 960 123' } },
    });
    const m = memoryIo({
      files: {
        'kai.json': JSON.stringify({ schemaVersion: 1, events: kaiSharedWithSchool() }),
        'people.json': directory,
      },
    });
    const argv = [
      'view',
      'kai.json',
      '--audience',
      'agency',
      '--agency',
      'education',
      '--directory',
      'people.json',
    ];
    expect(await runCli(argv, m.io)).toBe(0);
    expect(m.stdout()).toContain('Sam Okafor');
    expect(m.stdout()).toContain('Copy for education.');
  });

  it('exits 2 when a restriction forbids sharing the plan with the person, without writing it', async () => {
    const m = memoryIo({ files: { 'kai.json': kai } });
    const argv = [
      'view',
      'kai.json',
      '--audience',
      'parent',
      '--person',
      'pc-dad',
      '--out',
      'x.html',
    ];
    expect(await runCli([...argv, '--as-of', '2025-10-16'], m.io)).toBe(2);
    expect(m.stderr()).toContain('[sharing_restricted]');
    expect(m.written['x.html']).toBeUndefined();
  });

  it('exits 2 for a missing audience, an unknown agency, a caseload, or an unwritable --out', async () => {
    const files = { 'kai.json': kai, 'many.ndjson': caseload };
    expect(await runCli(['view', 'kai.json'], memoryIo({ files }).io)).toBe(2);
    const agency = ['view', 'kai.json', '--audience', 'agency', '--agency', 'nasa'];
    expect(await runCli(agency, memoryIo({ files }).io)).toBe(2);
    const many = memoryIo({ files });
    expect(await runCli(['view', 'many.ndjson', '--audience', 'child'], many.io)).toBe(2);
    expect(many.stderr()).toContain('more than one case');
    const out = memoryIo({ files });
    const argv = ['view', 'kai.json', '--audience', 'child', '--out', '/no/such/plan.html'];
    expect(await runCli(argv, out.io)).toBe(2);
    expect(out.stderr()).toContain('cannot write /no/such/plan.html (ENOENT)');
  });
});

describe('yjplan view and report, in the help', () => {
  it('lists both commands and their options', async () => {
    const m = memoryIo();
    await runCli(['--help'], m.io);
    expect(m.stdout()).toMatch(/^ {2}view /m);
    expect(m.stdout()).toMatch(/^ {2}report /m);
    const view = memoryIo();
    await runCli(['view', '--help'], view.io);
    for (const o of [
      '--audience <audience>',
      '--person <id>',
      '--agency <name>',
      '--lang <lang>',
      '--as-of <date>',
      '--out <file>',
    ]) {
      expect(view.stdout()).toContain(o);
    }
    const report = memoryIo();
    await runCli(['report', '--help'], report.io);
    for (const o of ['--as-of <date>', '--format <format>', '--no-reference', '--out <file>']) {
      expect(report.stdout()).toContain(o);
    }
  });
});

describe('yjplan report', () => {
  it('streams a caseload into the HTML report', async () => {
    const m = memoryIo({ files: { 'c.ndjson': caseload } });
    const argv = ['report', 'c.ndjson', '--as-of', '2026-06-30', '--out', 'report.html'];
    expect(await runCli(argv, m.io)).toBe(0);
    expect(m.written['report.html']).toContain('12 cases');
    expect(m.written['report.html']).toContain('<svg');
  });

  it('writes JSON or CSV with --format, and leaves out the reference with --no-reference', async () => {
    const json = memoryIo({ files: { 'c.ndjson': caseload } });
    await runCli(
      ['report', 'c.ndjson', '--as-of', '2026-06-30', '--format', 'json', '--no-reference'],
      json.io,
    );
    const figures = JSON.parse(json.stdout()) as { cases: number; reference?: unknown };
    expect(figures.cases).toBe(12);
    expect(figures.reference).toBeUndefined();
    const csv = memoryIo({ files: { 'c.ndjson': caseload } });
    await runCli(['report', 'c.ndjson', '--as-of', '2026-06-30', '--format', 'csv'], csv.io);
    expect(csv.stdout().split('\r\n')[0]).toBe('section,key,label,count,of,rate,reference,caseIds');
  });

  it('names a broken line on standard error, leaves it out, writes the report and exits 2', async () => {
    const broken = `${caseload}\n{"schemaVersion":1,"events":[{}]}\nnot json\n`;
    const m = memoryIo({ files: { 'c.ndjson': broken } });
    const argv = ['report', 'c.ndjson', '--as-of', '2026-06-30', '--format', 'json'];
    expect(await runCli(argv, m.io)).toBe(2);
    expect(m.stderr()).toContain('c.ndjson:13: not a valid case file');
    expect(m.stderr()).toContain('c.ndjson:14: not valid JSON');
    expect((JSON.parse(m.stdout()) as { cases: number }).cases).toBe(12);
  });

  it('exits 2 for a missing file or one with no valid case', async () => {
    expect(await runCli(['report', 'nope.ndjson'], memoryIo().io)).toBe(2);
    const m = memoryIo({ files: { 'e.ndjson': 'not json\n' } });
    expect(await runCli(['report', 'e.ndjson'], m.io)).toBe(2);
  });
});
