import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { answerKeys } from '../../src/checklist/steps.js';
import { ARTIFACTS } from '../../src/exports/types.js';
import { ROOT } from '../helpers/pty.js';

const readme = fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8');

describe('README', () => {
  it('starts with the sample command and the test command', () => {
    const firstBlock = /```sh\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(firstBlock).toContain('sc-setup.cjs init');
    expect(firstBlock).toContain('templates/sample/answers.json');
    expect(firstBlock).toContain('npm test');
  });

  it('documents every answers key the tool accepts (npm run docs regenerates the table)', () => {
    for (const k of answerKeys()) expect(readme, k.key).toContain(`\`${k.key}\``);
  });

  it('documents every artifact and exit code', () => {
    for (const a of ARTIFACTS) expect(readme).toContain(`\`${a}\``);
    for (const code of ['| 0 |', '| 1 |', '| 2 |', '| 70 |', '| 130 |']) expect(readme).toContain(code);
  });
});
