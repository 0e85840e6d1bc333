/**
 * The NE 発送方法 names in use that need a row in STOCKCREW's 配送方法マスタ: all but those
 * STOCKCREW maps by itself. Import-free, so that the step table can ask about them cheaply.
 */

/** templates/mappings/sc-shipping-methods.json */
export interface ShippingTable {
  /** NE name → the SC value STOCKCREW maps it to by itself. */
  preRegistered: Record<string, string>;
  cod: string[];
  codDefault: string;
  map: Record<string, string>;
}

/** NE names in use (plus the collect method for cash on delivery) STOCKCREW does not map by itself, each once. */
export function namesToAdd(input: { inUse: readonly string[]; codUsed: boolean }, table: ShippingTable): string[] {
  const names = [...new Set(input.inUse)];
  if (input.codUsed && !names.some((n) => table.cod.includes(n))) names.push(table.codDefault);
  return names.filter((n) => !Object.hasOwn(table.preRegistered, n));
}
