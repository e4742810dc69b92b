import { describe, expect, it } from 'vitest';
import { remembered } from '../../src/shared/remembered.ts';

describe('working something out once and remembering it', () => {
  it('does the work the first time a key is asked for, and gives the same answer after', () => {
    const memo = new Map<string, string[]>();
    let calls = 0;
    const work = (key: string) => {
      calls += 1;
      return [key.toUpperCase()];
    };
    const first = remembered(memo, 'a', work);
    expect(remembered(memo, 'a', work)).toBe(first);
    expect(remembered(memo, 'b', work)).toEqual(['B']);
    expect(calls).toBe(2);
  });

  it('remembers an answer of undefined too, so the work is not done again', () => {
    const memo = new Map<string, undefined>();
    let calls = 0;
    remembered(memo, 'not a period', () => void (calls += 1));
    remembered(memo, 'not a period', () => void (calls += 1));
    expect(calls).toBe(1);
  });

  it('keeps one answer per object in a WeakMap', () => {
    const memo = new WeakMap<object, number>();
    const one = {};
    const two = {};
    expect(remembered(memo, one, () => 1)).toBe(1);
    expect(remembered(memo, two, () => 2)).toBe(2);
    expect(remembered(memo, one, () => 3)).toBe(1);
  });
});
