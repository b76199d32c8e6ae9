import { EventEmitter } from 'node:events';
import { describe, expect, it } from 'vitest';
import { exitQuietlyOnBrokenPipe } from '../../src/cli/nodeIo.js';

const setUp = () => {
  const stdout = new EventEmitter();
  const errors: string[] = [];
  const exits: number[] = [];
  exitQuietlyOnBrokenPipe(stdout, { write: (s: string) => errors.push(s) }, (c) => exits.push(c));
  return { stdout, errors, exits };
};

describe('standard output that goes away', () => {
  it('exits 0 without a word when the reader closes the pipe (`yjplan schema | head`)', () => {
    const { stdout, errors, exits } = setUp();
    stdout.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    expect(exits).toEqual([0]);
    expect(errors).toEqual([]);
  });

  it('reports any other write failure in one line and exits 74', () => {
    const { stdout, errors, exits } = setUp();
    stdout.emit('error', Object.assign(new Error('write EIO'), { code: 'EIO' }));
    expect(exits).toEqual([74]);
    expect(errors).toEqual(['yjplan: cannot write to standard output (EIO)\n']);
  });
});
