/**
 * Each artifact, asked for without its input files, names every flag it needs, as the
 * table of ../shared/CLI.md ("Artifacts") lists them, in both languages, before reading
 * anything. The expected flags come from that table, not from the modules' own `needs`.
 */
import { describe, expect, it } from 'vitest';
import { runExport } from '../../src/exports/run.js';
import type { ArtifactName } from '../../src/exports/types.js';
import { fakeContext, tempDir } from '../helpers/context.js';
import { userError } from '../helpers/errors.js';

/** CLI.md, "Artifacts": the required inputs (flags) of each artifact that reads files. */
const CLI_MD_INPUTS: ReadonlyArray<[ArtifactName, string]> = [
  ['ne-goods', '--yahoo-quantity, --yahoo-data'],
  ['ne-tags', '--ne-goods'],
  ['sc-goods', '--ne-goods'],
  ['sc-item-map', '--ne-goods'],
  ['ne-mall-items', '--yahoo-quantity'],
  ['cancel-list', '--ne-orders, --before <YYYY-MM-DD>'],
  ['stock-diff', '--sc-stock, --ne-stock'],
];

describe('an artifact without its inputs', () => {
  it.each(CLI_MD_INPUTS)('%s names what it needs: %s', async (artifact, list) => {
    const dir = tempDir('sc-export-needs-');
    const req = { artifact, inputs: {}, columns: {}, answers: {}, options: { encoding: 'cp932' as const, force: false, dryRun: false } };
    const e = await userError(runExport(req, fakeContext({ dir })));
    expect(e.text.en).toBe(`"${artifact}" needs: ${list}`);
    expect(e.text.ja).toBe(`「${artifact}」を作るには次の指定が必要です: ${list}`);
    expect(e.exitCode).toBe(2);
  });
});
