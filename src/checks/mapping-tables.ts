/** Loads the STOCKCREW method tables (templates/mappings/, or the working folder's copy). */
import { loadDataFile } from '../formats/data-files.js';
import type { ScMethodTables } from './mappings.js';

interface ShippingTable {
  preRegistered?: Record<string, string>;
  cod?: string[];
  codDefault?: string;
  map?: Record<string, string>;
}
interface PaymentTable {
  map?: Record<string, string>;
}

export function loadScMethodTables(dir: string): ScMethodTables {
  const shipping = loadDataFile<ShippingTable>('mappings/sc-shipping-methods.json', dir).data;
  const payment = loadDataFile<PaymentTable>('mappings/sc-payment-methods.json', dir).data;
  return {
    shipping: new Set([...Object.keys(shipping.preRegistered ?? {}), ...Object.keys(shipping.map ?? {})]),
    preMapped: new Set(Object.keys(shipping.preRegistered ?? {})),
    codShipping: shipping.cod ?? [],
    codDefault: shipping.codDefault ?? shipping.cod?.[0] ?? 'ヤマト(コレクト)B2v6',
    payment: payment.map ?? {},
  };
}
