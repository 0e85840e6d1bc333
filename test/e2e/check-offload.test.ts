/**
 * `check` on two cores (src/checks/offload.ts) gives what one pass gives: the same findings
 * in the same order, the same first error and exit code. The built binary is run with
 * SC_SETUP_ROW_WORKER=always (a row worker even for a small file) and =never, on files in
 * Next Engine's and Yahoo's own headers, and the outputs are compared byte for byte.
 */
import { spawnSync } from 'node:child_process';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { encodeCp932 } from '../../src/csv/cp932.js';
import { tempDir } from '../helpers/context.js';
import { BIN, ROOT } from '../helpers/pty.js';

function sc(args: string[], worker: 'always' | 'never') {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd: ROOT,
    encoding: 'utf8',
    timeout: 60_000,
    maxBuffer: 64 * 1024 * 1024,
    killSignal: 'SIGKILL',
    env: { ...process.env, LANG: '', LC_ALL: '', LC_MESSAGES: '', CI: 'true', SC_SETUP_ROW_WORKER: worker },
  });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

/** Both ways, and the two runs must agree on everything. */
function bothWays(args: string[]) {
  const one = sc(args, 'never');
  const two = sc(args, "always");
  expect(two.err).toBe(one.err);
  expect(two.out).toBe(one.out);
  expect(two.code).toBe(one.code);
  return one;
}

const GOODS_HEADER = ['syohin_code', 'daihyo_syohin_code', 'syohin_name', 'maker_name', 'jan_code', 'genka_tnk', 'baika_tnk', 'tag'];
const TARGET = '[STOCKCREW連携対象]';

/**
 * Goods whose rows give findings to families of both sides, often on one line: a duplicate
 * code (main) with a bad JAN (worker) and a misspelt tag (main); a formula in the name
 * (worker) with a code in the wrong case (main); prices with a thousands separator (worker).
 * `rows` rows, so that the worker's findings come in several batches.
 */
function goodsRows(rows: number): string[][] {
  const out = [GOODS_HEADER];
  for (let i = 1; i <= rows; i++) {
    const code = i % 11 === 0 ? `MUG-${String(i - 1).padStart(5, '0')}` : i % 13 === 0 ? `mug-${String(i - 1).padStart(5, '0')}` : `mug-${String(i).padStart(5, '0')}`;
    const name = i % 2 === 0 ? `=HYPERLINK("x${i}")` : i % 5 === 0 ? `-特価 ${i}` : `有田焼 マグカップ ${i}`;
    const jan = i % 7 === 0 ? '4901234567010' : i % 9 === 0 ? '12345' : i % 3 === 0 ? '4901234567016' : '';
    const cost = i % 17 === 0 ? '1,980' : String(500 + (i % 100));
    const tag = i % 13 === 0 ? '[STOCKCREW連携対像]' : i % 4 === 0 ? TARGET : '';
    out.push([code, '', name, i % 19 === 0 ? '=1+1' : '㈱有田', jan, cost, '1980', tag]);
  }
  return out;
}

const quoted = (v: string) => (/[",\r\n]/.test(v) ? `"${v.replaceAll('"', '""')}"` : v);
const toCsv = (t: string[][]) => t.map((r) => r.map(quoted).join(',')).join('\r\n') + '\r\n';

describe('check with a row worker gives what one pass gives', () => {
  it('findings of every family, merged in line and family order, in --json and in the summary', () => {
    const dir = tempDir();
    try {
      const goods = path.join(dir, 'goods.csv');
      // 24,000 rows: over 10,000 formula findings, so the worker sends them in several batches.
      fs.writeFileSync(goods, encodeCp932(toCsv(goodsRows(24_000))));
      const data = path.join(dir, 'data.csv');
      fs.writeFileSync(
        data,
        encodeCp932(toCsv([['path', 'name', 'code', 'sub-code', 'price', 'jan'], ['zakka', '=cmd', 'mug-00001', '', '1,980', '4901234567010'], ['zakka', 'マグ', 'mug-00003', '', '', '']])),
      );
      const json = bothWays(['--dir', dir, 'check', '--ne-goods', goods, '--yahoo-data', data, '--json']);
      expect(json.code).toBe(1);
      const findings = (JSON.parse(json.out) as { findings: Array<{ rule: string; line: number | null }> }).findings;
      const rules = new Set(findings.map((f) => f.rule.split('.')[0]));
      for (const family of ['duplicates', 'code-case', 'jan', 'tags', 'number-format', 'formula-cell']) expect(rules).toContain(family);
      expect(findings.filter((f) => f.rule === 'formula-cell').length).toBeGreaterThan(10_000);
      const summary = bothWays(['--dir', dir, 'check', '--ne-goods', goods, '--yahoo-data', data]);
      expect(summary.out).toContain('goods.csv:2');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 120_000);

  /** Goods with the given raw rows (CP932 bytes), after the header. */
  function goodsFile(dir: string, rows: Buffer[]): string {
    const file = path.join(dir, 'goods.csv');
    fs.writeFileSync(file, Buffer.concat([encodeCp932(GOODS_HEADER.join(',') + '\r\n'), ...rows.map((r) => Buffer.concat([r, Buffer.from('\r\n')]))]));
    return file;
  }
  const row = (i: number, name = `マグ ${i}`) => encodeCp932(`mug-${i},,${name},㈱有田,,500,1980,${TARGET}`);
  /** A name holding a CP932 lead byte followed by a byte no trail may be. */
  const badBytes = (i: number) => Buffer.concat([encodeCp932(`mug-${i},,マグ`), Buffer.from([0x81, 0x7f]), encodeCp932(`,㈱有田,,500,1980,`)]);
  const extraComma = (i: number) => encodeCp932(`mug-${i},,マグ,カップ,㈱有田,,500,1980,`);

  it.each([
    ['bad bytes in a column only the worker reads, before a broken row', [row(1), row(2), row(3), row(4), badBytes(5), row(6), row(7), extraComma(8)]],
    ['a broken row before bad bytes in a column only the worker reads', [row(1), row(2), extraComma(3), row(4), row(5), badBytes(6)]],
    ['a control character in the name', [row(1), row(2), encodeCp932('mug-3,,マグ\u0001,㈱有田,,500,1980,')]],
    // The main pass fails on the code; one pass checks every read field for control characters first.
    ['bad bytes in the code and a control character in the name of one row', [row(1), Buffer.concat([Buffer.from('mug-'), Buffer.from([0x81, 0x7f]), encodeCp932(',,マグ\u0001,㈱有田,,500,1980,')])]],
    // Both columns decoded: the code comes first in the order of the columns read.
    ['bad bytes in the code and in the name of one row', [row(1), Buffer.concat([Buffer.from('mug-'), Buffer.from([0x81, 0x7f]), encodeCp932(',,マグ'), Buffer.from([0x81, 0x7f]), encodeCp932(',㈱有田,,500,1980,')])]],
    // Lines counted the same after blank lines, a name over two lines and a lone CR.
    ['bad bytes after blank lines, a value over two lines and a lone CR', [row(1), Buffer.from(''), encodeCp932('mug-2,,"マグ\r\nカップ",㈱有田,,500,1980,'), encodeCp932('mug-3,,マグ,㈱有田,,500,1980,\r'), Buffer.from(',,,,,,,'), badBytes(6)]],
  ])('the same first error: %s', (_name, rows) => {
    const dir = tempDir();
    try {
      const goods = goodsFile(dir, rows);
      const r = bothWays(['--dir', dir, 'check', '--ne-goods', goods]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('goods.csv');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a product name pasted in UTF-8 deep into a CP932 file (past what the encoding detector reads) is refused at its line and column, as the exports refuse it', () => {
    const dir = tempDir();
    try {
      const rows: Buffer[] = [];
      for (let i = 1; i <= 3000; i++) rows.push(row(i));
      // A name only glanced at (formula-cell looks at its first character): it does not start like a formula.
      rows.push(Buffer.concat([encodeCp932('mug-3001,,'), Buffer.from('撥水 セール対象 マグ', 'utf8'), encodeCp932(`,㈱有田,,500,1980,${TARGET}`)]));
      for (let i = 3002; i <= 3100; i++) rows.push(row(i));
      const goods = goodsFile(dir, rows);
      const r = bothWays(['--dir', dir, 'check', '--ne-goods', goods]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('goods.csv:3002:3');
      expect(r.err).toContain('syohin_name');
      expect(r.err).toContain('撥水 セール対象 マグ');
      // STOCKCREW's goods file copies the name: its export stops at the same place.
      const scGoods = spawnSync(process.execPath, [BIN, '--dir', dir, 'export', 'sc-goods', '--ne-goods', goods, '--out', path.join(dir, 'sc.csv')], { encoding: 'utf8', env: { ...process.env, LANG: '', LC_ALL: '', CI: 'true' } });
      expect(scGoods.stderr).toContain('goods.csv:3002:3');
      expect(scGoods.status).toBe(2);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('findings after blank lines, values over several lines and lone CRs carry the same line numbers, across many batches', () => {
    const dir = tempDir();
    try {
      const rows: Buffer[] = [];
      for (let i = 1; i <= 6000; i++) {
        if (i % 50 === 0) rows.push(Buffer.from(''));
        if (i % 70 === 0) rows.push(Buffer.from(',,,,,,,'));
        const name = i % 3 === 0 ? `"=マグ\r\n${'カップ'.repeat(i % 40)}\n二行目"` : i % 5 === 0 ? `-マグ ${i}` : `マグ ${i}`;
        rows.push(encodeCp932(`mug-${i},,${name},㈱有田,${i % 7 === 0 ? '4901234567010' : ''},${i % 11 === 0 ? '"1,980"' : '500'},1980,${i % 4 === 0 ? TARGET : ''}${i % 9 === 0 ? '\r' : ''}`));
      }
      const goods = goodsFile(dir, rows);
      const r = bothWays(['--dir', dir, 'check', '--ne-goods', goods, '--json']);
      expect(r.err).not.toContain('goods.csv');
      const lines = (JSON.parse(r.out) as { findings: Array<{ rule: string; line: number }> }).findings.filter((f) => f.rule === 'formula-cell').map((f) => f.line);
      expect(lines.length).toBeGreaterThan(2000);
      expect(lines[lines.length - 1]).toBeGreaterThan(6000 + 6000 / 3);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a Yahoo file without its code column stops the run while the goods worker reads: the same message, nothing else', () => {
    const dir = tempDir();
    try {
      const goods = goodsFile(dir, [row(1), row(2), badBytes(3)]);
      const data = path.join(dir, 'data.csv');
      fs.writeFileSync(data, encodeCp932('path,name,price\r\nzakka,マグ,1980\r\n'));
      const r = bothWays(['--dir', dir, 'check', '--ne-goods', goods, '--yahoo-data', data]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('data.csv');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('goods without a JAN column: jan is skipped both ways, the worker\'s other families still report', () => {
    const dir = tempDir();
    try {
      const goods = path.join(dir, 'goods.csv');
      fs.writeFileSync(goods, encodeCp932('syohin_code,syohin_name,genka_tnk,tag\r\nmug-1,=x,"1,980",\r\nmug-2,マグ,500,\r\n'));
      const r = bothWays(['--dir', dir, 'check', '--ne-goods', goods, '--json']);
      const doc = JSON.parse(r.out) as { findings: Array<{ rule: string }>; skipped: Array<{ family: string }> };
      expect(doc.findings.map((f) => f.rule).sort()).toEqual(['formula-cell', 'number-format']);
      expect(doc.skipped.map((s) => s.family)).toContain('jan');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('an error in the goods read by the worker wins over one in a Yahoo file read later by the main pass', () => {
    const dir = tempDir();
    try {
      const goods = goodsFile(dir, [row(1), row(2), badBytes(3)]);
      const data = path.join(dir, 'data.csv');
      fs.writeFileSync(data, encodeCp932('path,name,code,sub-code,price,jan\r\nzakka,マグ,mug-1,,1980,\r\nzakka,"unclosed,mug-2,,1980,\r\n'));
      const r = bothWays(['--dir', dir, 'check', '--ne-goods', goods, '--yahoo-data', data]);
      expect(r.code).toBe(2);
      expect(r.err).toContain('goods.csv:4');
      expect(r.err).not.toContain('data.csv');
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('goods named by the saved answers, not on the command line: the worker\'s thread is started by check itself, with the same result', () => {
    const dir = tempDir();
    try {
      const init = spawnSync(process.execPath, [BIN, 'init', '--dir', dir, '--answers', path.join(ROOT, 'templates', 'sample', 'answers.json'), '--non-interactive'], { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
      expect(init.status).toBe(0);
      const goods = path.join(dir, 'goods.csv');
      fs.writeFileSync(goods, encodeCp932(toCsv(goodsRows(3000))));
      expect(spawnSync(process.execPath, [BIN, '--dir', dir, 'set', `files.neGoodsTagged=${goods}`], { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' }).status).toBe(0);
      const r = bothWays(['--dir', dir, 'check', '--json']);
      expect(r.code).toBe(1);
      const doc = JSON.parse(r.out) as { findings: Array<{ rule: string; file: string }> };
      expect(doc.findings.some((f) => f.rule === 'formula-cell' && f.file.endsWith('goods.csv'))).toBe(true);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('a thread started ahead that check does not want (stock files have no row families) keeps nothing waiting: the run ends with its result', () => {
    const dir = tempDir();
    try {
      const stock = path.join(dir, 'stock.csv');
      fs.writeFileSync(stock, encodeCp932('商品コード,在庫数\r\nmug-1,3\r\nMUG-1,2\r\n'));
      const r = bothWays(['--dir', dir, 'check', '--sc-stock', stock, '--json']);
      expect(r.code).not.toBeNull();
      expect(JSON.parse(r.out)).toMatchObject({ ok: expect.any(Boolean), findings: expect.any(Array) });
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('the worker module imported in some other worker thread leaves that thread\'s port alone', async () => {
    const url = pathToFileURL(path.join(ROOT, 'dist', 'row-worker.js')).href;
    const code = `const { parentPort } = require('node:worker_threads');
      import(${JSON.stringify(url)}).then(() => {
        parentPort.on('message', (m) => parentPort.postMessage({ echo: m }));
        parentPort.postMessage('loaded');
      });`;
    const w = new Worker(code, { eval: true });
    try {
      const got: unknown[] = [];
      await new Promise<void>((resolve, reject) => {
        w.on('error', reject);
        w.on('message', (m: unknown) => {
          got.push(m);
          if (m === 'loaded') w.postMessage({ end: true });
          else resolve();
        });
      });
      // Only the thread's own answer. A row worker that took the message as its own would have
      // answered first (its listener was added at import), and then closed the port.
      expect(got).toEqual(['loaded', { echo: { end: true } }]);
    } finally {
      await w.terminate();
    }
  });
});
