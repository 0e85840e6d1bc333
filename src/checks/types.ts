/** The contract of preflight checks (src/checks): pure rules returning findings. */
import type { Text } from '../i18n/text.js';

export type Severity = 'error' | 'warning';

export interface Finding {
  rule: string;
  severity: Severity;
  /** File the finding is about (as the operator named it), or null for answers-only rules. */
  file: string | null;
  line: number | null;
  code: string | null;
  message: Text;
}

export interface StockDifference {
  code: string;
  sc: number;
  ne: number;
}

export interface StockComparison {
  compared: number;
  matched: number;
  differences: StockDifference[];
  onlyInSc: string[];
  onlyInNe: string[];
  /** Codes present on both sides only when upper/lower case is ignored. */
  caseOnly: Array<{ sc: string; ne: string }>;
}
