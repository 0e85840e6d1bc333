import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerKeys } from '../../src/checklist/steps.js';
import { EXIT } from '../../src/errors.js';
import { ARTIFACTS } from '../../src/exports/types.js';
import { ROOT } from '../helpers/pty.js';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('starts with exactly the sample command and the test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(firstBlock).toBe(
      'npm install && node bin/sc-setup.cjs init --dir out/sample --answers templates/sample/answers.json --non-interactive --fresh\nnpm test\n',
    );
  });

  it('says how to put sc-setup on the PATH and has a Japanese quick start naming the commands and files', () => {
    expect(readme).toContain('npm install -g .');
    expect(readme).toContain('npm link');
    const start = readme.slice(readme.indexOf('## はじめかた'));
    for (const cmd of ['sc-setup init', 'sc-setup continue', 'sc-setup status', 'sc-setup answers', 'sc-setup set キー=値']) expect(start).toContain(cmd);
    for (const key of ['files.neGoods', 'files.neGoodsTagged', 'files.yahooQuantitySync', 'files.neStock', 'files.scStock', 'files.neOrders']) {
      expect(start).toContain(`\`${key}\``);
    }
  });

  it('documents the commands of CLI.md "Added 2026-12-01" by their names', () => {
    expect(readme).toContain('`sc-setup answers [--json]`');
    expect(readme).toContain('`sc-setup set key=value`');
    expect(readme).toContain('`{ artifact, dryRun, files, warnings }`');
  });

  it('documents every answers key the tool accepts (npm run docs regenerates the table)', () => {
    for (const k of answerKeys()) expect(readme, k.key).toContain(`\`${k.key}\``);
  });

  it('documents every artifact and exit code', () => {
    for (const a of ARTIFACTS) expect(readme).toContain(`\`${a}\``);
    for (const code of Object.values(EXIT)) expect(readme).toContain(`| ${code} |`);
  });
});
