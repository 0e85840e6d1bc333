// Rewrites the "Answers file" key table in README.md from the step table (src/, bundled on its own), so the
// documentation cannot drift from the keys the tool accepts. Run: npm run docs
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { bundle } from './bundle.mjs';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const built = fs.mkdtempSync(path.join(os.tmpdir(), 'sc-setup-keys-'));
let answerKeys;
try {
  await bundle({ input: { steps: 'src/checklist/steps.ts' }, out: built });
  ({ answerKeys } = await import(pathToFileURL(path.join(built, 'steps.js')).href));
} finally {
  fs.rmSync(built, { recursive: true, force: true });
}

const kindText = {
  text: 'text',
  select: 'one of the choices',
  confirm: 'true / false',
  date: 'YYYY-MM-DD',
  list: 'array of strings',
  map: 'object name → name',
  file: 'path to a CSV',
  danger: 'the exact word',
};
const cell = (s) => String(s).replace(/\|/g, '\\|').replace(/\n/g, ' ');
const value = (k) => {
  if (k.kind === 'danger') return `\`"${k.word}"\``;
  if (k.choices) return k.choices.map((c) => `\`${c}\``).join(' / ');
  return kindText[k.kind] ?? k.kind;
};
const rows = answerKeys().map(
  (k) =>
    `| \`${k.key}\` | ${k.step} | ${value(k)}${k.optional ? ' (optional)' : ''} | ${cell(k.label.ja)} / ${cell(k.label.en)} |`,
);
const table = ['| key | step | value | question (ja / en) |', '|---|---|---|---|', ...rows].join('\n');
const readme = path.join(root, 'README.md');
const text = fs.readFileSync(readme, 'utf8');
const start = '<!-- answers-keys:start -->';
const end = '<!-- answers-keys:end -->';
const next = text.replace(new RegExp(`${start}[\\s\\S]*${end}`), `${start}\n${table}\n${end}`);
fs.writeFileSync(readme, next);
console.log(`README.md: ${rows.length} answers keys`);
