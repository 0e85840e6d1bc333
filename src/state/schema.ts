/** The zod schema of sc-setup.json (current schemaVersion). */
import { z } from 'zod';
import { CURRENT_SCHEMA_VERSION } from './file.js';

const answerValue = z.union([z.string(), z.boolean(), z.array(z.string()), z.record(z.string(), z.string())]);

const writtenFile = z.object({
  path: z.string(),
  rows: z.number().int().nonnegative(),
  bytes: z.number().int().nonnegative(),
  sha256: z.string(),
  encoding: z.enum(['cp932', 'utf8', 'utf8-bom']),
});

const stepRecord = z.object({
  state: z.enum(['todo', 'done', 'skipped']),
  doneAt: z.string().nullable().optional(),
  /** Evidence the gate was met: check counts, accepted differences, the typed confirmations. */
  evidence: z.record(z.string(), z.unknown()).optional(),
});

export const stateSchema = z.object({
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  tool: z.object({ name: z.literal('sc-setup'), version: z.string() }),
  createdAt: z.string(),
  updatedAt: z.string(),
  answers: z.record(z.string(), answerValue),
  steps: z.record(z.string().regex(/^([1-9]|[12]\d|30)$/), stepRecord),
  artifacts: z.record(z.string(), z.object({ at: z.string(), files: z.array(writtenFile) })),
  /**
   * The question the operator was at when they stopped, shown by `status`. `problem`: why
   * the file answered there failed; `continue` shows it and asks for the file again.
   */
  cursor: z
    .object({ step: z.number().int(), question: z.string().optional(), problem: z.object({ ja: z.string(), en: z.string() }).optional() })
    .nullable()
    .optional(),
});

export type State = z.infer<typeof stateSchema>;
export type StepRecord = z.infer<typeof stepRecord>;

export function emptyState(version: string, now: Date): State {
  const at = now.toISOString();
  return {
    schemaVersion: CURRENT_SCHEMA_VERSION,
    tool: { name: 'sc-setup', version },
    createdAt: at,
    updatedAt: at,
    answers: {},
    steps: {},
    artifacts: {},
    cursor: null,
  };
}

/** First issue of a failed parse, in words that point at the field. */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .slice(0, 5)
    .map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`)
    .join('; ');
}
