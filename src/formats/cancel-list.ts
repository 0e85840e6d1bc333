/**
 * The columns of step 27's cancel list (out/cancel-list.csv): written by
 * exports/cancel-list.ts, read back by checks/cancel-done.ts at step 28.
 */
export const CANCEL_LIST_HEADER = ['伝票番号', '受注日', '受注状態'] as const;

/** The column the slip numbers are read back from. */
export const CANCEL_LIST_SLIP = { id: 'slip', headers: [CANCEL_LIST_HEADER[0]] };
