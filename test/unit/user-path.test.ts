/** Paths as terminals leave them when a file is dropped in, and `~`. */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanTypedPath, expandHome, resolveUserPath } from '../../src/user-path.js';

describe('cleanTypedPath', () => {
  it('strips the quotes and the trailing space Windows terminals and PowerShell leave', () => {
    expect(cleanTypedPath('"C:\\Users\\髙橋\\Downloads\\商品 マスタ.csv" ', 'win32')).toBe('C:\\Users\\髙橋\\Downloads\\商品 マスタ.csv');
    expect(cleanTypedPath("& 'C:\\Users\\t\\data.csv'", 'win32')).toBe('C:\\Users\\t\\data.csv');
    // On Windows a backslash is a folder separator, never an escape.
    expect(cleanTypedPath('C:\\new\\(1).csv', 'win32')).toBe('C:\\new\\(1).csv');
  });

  it('undoes the backslash escapes and the trailing space of macOS Terminal, and single quotes of other terminals', () => {
    expect(cleanTypedPath('/Users/t/Downloads/商品\\ マスタ\\ \\(1\\).csv ', 'darwin')).toBe('/Users/t/Downloads/商品 マスタ (1).csv');
    expect(cleanTypedPath("'/Users/t/My Files/data.csv' ", 'darwin')).toBe('/Users/t/My Files/data.csv');
    expect(cleanTypedPath('  ./goods.csv\t', 'linux')).toBe('./goods.csv');
  });
});

describe('expandHome and resolveUserPath', () => {
  it('puts ~ under the home folder and resolves the rest from the folder typed in', () => {
    expect(expandHome('~', '/home/t')).toBe('/home/t');
    expect(expandHome('~/dl/a.csv', '/home/t')).toBe(path.join('/home/t', 'dl/a.csv'));
    expect(expandHome('~other/a.csv', '/home/t')).toBe('~other/a.csv');
    expect(expandHome('./~a.csv', '/home/t')).toBe('./~a.csv');
    expect(resolveUserPath('/work', 'in/a.csv')).toBe(path.resolve('/work', 'in/a.csv'));
  });
});
