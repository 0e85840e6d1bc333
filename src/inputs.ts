/**
 * Input files shared by `export`, `check` and `verify stock`. Each comes from its flag,
 * else from the answers saved in sc-setup.json (keys `files.<name>`).
 */
export const INPUT_FILES = ['neGoods', 'neStock', 'neOrders', 'scStock', 'yahooQuantity', 'yahooData'] as const;
export type InputName = (typeof INPUT_FILES)[number];

/** Flag spelling of each input (`--ne-goods` …). */
export const INPUT_FLAGS: Record<InputName, string> = {
  neGoods: '--ne-goods',
  neStock: '--ne-stock',
  neOrders: '--ne-orders',
  scStock: '--sc-stock',
  yahooQuantity: '--yahoo-quantity',
  yahooData: '--yahoo-data',
};

export type InputFiles = Partial<Record<InputName, string>>;

/** Explicit column names for odd files. */
export interface ColumnOverrides {
  scCodeColumn?: string;
  scQtyColumn?: string;
  neCodeColumn?: string;
  neQtyColumn?: string;
}

/**
 * Answers keys under which an input is remembered, the most recent download first: the NE
 * goods file downloaded again after the tag upload (step 13) supersedes the one of step 9,
 * and the Yahoo file of step 22 the one of step 7.
 */
export const INPUT_ANSWER_KEYS: Record<InputName, readonly string[]> = {
  neGoods: ['files.neGoodsTagged', 'files.neGoods'],
  neStock: ['files.neStock'],
  neOrders: ['files.neOrdersAfterCancel', 'files.neOrders'],
  scStock: ['files.scStock'],
  yahooQuantity: ['files.yahooQuantitySync', 'files.yahooQuantity'],
  yahooData: ['files.yahooData'],
};

/** The saved path of an input: the most recent download the answers hold. */
export function savedInput(name: InputName, answers: Readonly<Record<string, unknown>>): string | undefined {
  for (const key of INPUT_ANSWER_KEYS[name]) {
    const v = answers[key];
    if (typeof v === 'string' && v !== '') return v;
  }
  return undefined;
}
