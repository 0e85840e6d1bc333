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

/** Answers key under which an input path is remembered. */
export function inputAnswerKey(name: InputName): string {
  return `files.${name}`;
}
