import { describe, expect, it } from 'vitest';
import { valuesMaker } from '../../src/csv/values-maker.js';

describe('valuesMaker', () => {
  it('makes an object with each id holding its cell, in column order', () => {
    const make = valuesMaker(['code', 'tag', 'subCode']);
    const v = make(['A-1', '[STOCKCREW連携対象]', '']);
    expect(v).toEqual({ code: 'A-1', tag: '[STOCKCREW連携対象]', subCode: '' });
    expect(Object.keys(v)).toEqual(['code', 'tag', 'subCode']);
  });

  it('makes a new object each time: a later record does not change an earlier one', () => {
    const make = valuesMaker(['code']);
    const cells = ['A'];
    const first = make(cells);
    cells[0] = 'B';
    expect(first.code).toBe('A');
    expect(make(cells).code).toBe('B');
  });

  it('assigns ids that are not plain names by name, without compiling them', () => {
    const make = valuesMaker(['sub-code', 'code']);
    expect(make(['x', 'y'])).toEqual({ 'sub-code': 'x', code: 'y' });
  });

  it('never lets an id reach the prototype or run as code', () => {
    const proto = valuesMaker(['__proto__', 'code'])(['polluted', 'A']);
    expect(Object.getPrototypeOf(proto)).toBe(Object.prototype);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    const hostile = 'a: 1 }; globalThis.hacked = 1; return { b';
    valuesMaker([hostile])(['v']);
    expect((globalThis as Record<string, unknown>).hacked).toBeUndefined();
  });

  it('makes an empty object for a layout without columns', () => {
    expect(valuesMaker([])([])).toEqual({});
  });
});
