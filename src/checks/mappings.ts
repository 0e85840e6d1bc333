/**
 * Shipping and payment names from the answers (step 11) against what STOCKCREW accepts
 * (the mapping tables in templates/mappings/, data because SC's wording is unverified).
 * An order whose 発送方法 STOCKCREW cannot map is never picked up, and nothing says so.
 */
import type { Answers } from '../state/answers.js';
import { checkText as m } from '../i18n/checks.js';
import type { ColumnSpec } from '../csv/types.js';
import { judgeSlip } from '../formats/ne-orders.js';
import { lazy } from './lazy-text.js';
import { finding, type Emit, type FamilyChecker } from './family.js';
import type { Finding } from './types.js';

/** Columns of an NE 受注伝票 download that say how an order ships and is paid. */
export const ORDER_METHOD_COLUMNS: readonly ColumnSpec[] = [
  { id: 'shipping', headers: ['発送方法', '発送方法名', 'receive_order_delivery_name'], required: false },
  { id: 'payment', headers: ['支払方法', '支払方法名', '支払名', 'receive_order_payment_method_name'], required: false },
];

/** What the mapping tables say STOCKCREW accepts. */
export interface ScMethodTables {
  /** NE 発送方法 names the table maps (STOCKCREW's own defaults plus sourced entries). */
  shipping: ReadonlySet<string>;
  /**
   * The names STOCKCREW maps by itself; for a shop moving from Yamato Fulfillment the only
   * ones it takes (https://knowledge.stockcrew.co.jp/help/apialignment/next-engine/attention).
   */
  preMapped: ReadonlySet<string>;
  /** NE 発送方法 names that mean cash on delivery (ヤマト(コレクト)). */
  codShipping: readonly string[];
  /** The collect method to suggest. */
  codDefault: string;
  /** NE 支払方法 name → STOCKCREW value. */
  payment: Readonly<Record<string, string>>;
}

/** Next Engine's own name of payment method id 1 (DOMAIN.md "NE payment methods"). */
const NE_COD_PAYMENT = '代金引換';

export const MAPPING_KEYS = ['yahoo.shippingMap', 'yahoo.paymentMap'] as const;

function record(answers: Answers, key: string): Record<string, string> | undefined {
  const v = answers[key];
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? v : undefined;
}

function list(answers: Answers, key: string): string[] | undefined {
  const v = answers[key];
  if (Array.isArray(v)) return v;
  if (typeof v === 'string') return v.split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '');
  return undefined;
}

/**
 * NE 発送方法 names STOCKCREW will take for this shop: after Yamato Fulfillment only its own
 * defaults; otherwise also every name given a value at step 14 (typed from SC's screen).
 */
export function acceptedShipping(answers: Answers, tables: ScMethodTables): ReadonlySet<string> {
  if (answers['sc.fromYamatoFF'] === true) return tables.preMapped;
  return new Set([...tables.shipping, ...Object.keys(record(answers, 'sc.shippingValues') ?? {})]);
}

/**
 * NE 支払方法 names STOCKCREW's payment master holds once step 16's file is uploaded: that
 * file writes the names of ne.paymentMethods (step 11), each with its typed value or else the
 * table's, so a name only the table knows is not registered. Before ne.paymentMethods is
 * answered: every name with a typed value or in the (unverified) table.
 */
function mappedPayment(answers: Answers, tables: ScMethodTables): ReadonlySet<string> {
  const typed = record(answers, 'sc.paymentValues') ?? {};
  const inUse = list(answers, 'ne.paymentMethods');
  if (inUse) return new Set(inUse.filter((name) => Object.hasOwn(typed, name) || Object.hasOwn(tables.payment, name)));
  return new Set([...Object.keys(tables.payment), ...Object.keys(typed)]);
}

/** Which mapping answers are missing (the family runs with whichever exist). */
export function missingMappingAnswers(answers: Answers): string[] {
  return MAPPING_KEYS.filter((k) => record(answers, k) === undefined);
}

export function mappingFindings(answers: Answers, tables: ScMethodTables): Finding[] {
  const out: Finding[] = [];
  const add = (rule: string, code: string | null, message: Finding['message']) =>
    out.push({ rule, severity: 'error', file: null, line: null, code, message });
  const shippingMap = record(answers, 'yahoo.shippingMap') ?? {};
  const paymentMap = record(answers, 'yahoo.paymentMap') ?? {};
  const neShipping = list(answers, 'ne.shippingMethods');
  const nePayment = list(answers, 'ne.paymentMethods');
  const fromYamatoFF = answers['sc.fromYamatoFF'] === true;
  const shippingOk = acceptedShipping(answers, tables);
  const paymentOk = mappedPayment(answers, tables);
  const accepted = [...shippingOk].join(' / ');

  for (const [yahoo, neRaw] of Object.entries(shippingMap)) {
    const ne = neRaw.trim();
    if (ne === '') add('mappings.shipping-unmapped', yahoo, m.shippingUnmapped({ yahoo }));
    else if (neShipping && !neShipping.includes(neRaw)) add('mappings.shipping-not-in-ne', yahoo, m.shippingNotInNe({ yahoo, ne: neRaw }));
    else if (!shippingOk.has(neRaw) && !(fromYamatoFF && tables.codShipping.includes(neRaw))) {
      add('mappings.shipping-not-accepted', yahoo, m.shippingNotAccepted({ yahoo, ne: neRaw, accepted }));
    }
  }

  let codByPayment = false;
  for (const [yahoo, neRaw] of Object.entries(paymentMap)) {
    const ne = neRaw.trim();
    if (ne === '') add('mappings.payment-unmapped', yahoo, m.paymentUnmapped({ yahoo }));
    else if (nePayment && !nePayment.includes(neRaw)) add('mappings.payment-not-in-ne', yahoo, m.paymentNotInNe({ yahoo, ne: neRaw }));
    else if (!paymentOk.has(neRaw)) add('mappings.payment-not-mapped', yahoo, m.paymentNotMapped({ yahoo, ne: neRaw }));
    if (neRaw === NE_COD_PAYMENT) codByPayment = true;
  }

  // Cash on delivery is in use when the answers say so or a Yahoo payment maps to NE's 代金引換.
  if (answers['sc.codUsed'] === true || codByPayment) {
    const collectMapped = Object.values(shippingMap).some((ne) => tables.codShipping.includes(ne));
    if (fromYamatoFF) add('mappings.cod-yamato-ff', null, m.codFromYamatoFF());
    else if (!collectMapped) add('mappings.cod-needs-collect', null, m.codNeedsCollect({ collect: tables.codDefault }));
  }
  return out;
}

/** Each distinct name in an orders file: where it first appears and how many lines use it. */
interface NameUse {
  line: number;
  count: number;
}

function tally(uses: Map<string, NameUse>, name: string, line: number): void {
  const u = uses.get(name);
  if (u) u.count++;
  else uses.set(name, { line, count: 1 });
}

/**
 * Also, when an orders file is given: every 発送方法 / 支払方法 actually used by open
 * orders must be one STOCKCREW maps. One finding per distinct name, at its first line.
 */
export function createMappings(answers: Answers, tables: ScMethodTables, emit: Emit): FamilyChecker {
  const shipping = new Map<string, NameUse>();
  const payment = new Map<string, NameUse>();
  /** Open lines paid 代金引換, by their 発送方法 when it is not the COD one (or after Yamato FF, any). */
  const codShipped = new Map<string, NameUse>();
  const fromYamatoFF = answers['sc.fromYamatoFF'] === true;
  let ordersFile: string | undefined;
  let hasShipping = false;
  let hasPayment = false;
  let headerOf: (id: string) => string | undefined = (id) => id;
  const answered = missingMappingAnswers(answers).length < MAPPING_KEYS.length;
  return {
    family: 'mappings',
    beginFile(file, has, header) {
      if (file.input !== 'neOrders') return;
      hasShipping = has('shipping');
      hasPayment = has('payment');
      if (header) headerOf = header;
      if (hasShipping || hasPayment) ordersFile = file.shown;
    },
    record(file, rec) {
      if (file.input !== 'neOrders' || ordersFile === undefined) return;
      // Cancelled and shipped orders will never be sent to STOCKCREW: their names do not matter.
      const slip = judgeSlip(rec.values, file.shown, rec.line, headerOf);
      if (slip.cancelled || slip.shipped) return;
      if (hasShipping) tally(shipping, rec.values.shipping ?? '', rec.line);
      if (hasPayment) tally(payment, rec.values.payment ?? '', rec.line);
      // Cash on delivery is collected by the COD shipping method (the table's cod: ヤマト(コレクト)):
      // a COD order shipped by another method goes out without the money being collected.
      const ship = (rec.values.shipping ?? '').trim();
      if (hasShipping && hasPayment && (rec.values.payment ?? '').trim() === NE_COD_PAYMENT && (fromYamatoFF || !tables.codShipping.includes(ship))) {
        tally(codShipped, ship, rec.line);
      }
    },
    finish() {
      if (answered) for (const f of mappingFindings(answers, tables)) emit(f);
      if (ordersFile === undefined) return;
      const shippingOk = acceptedShipping(answers, tables);
      const paymentOk = mappedPayment(answers, tables);
      const accepted = [...shippingOk].join(' / ');
      for (const [name, use] of shipping) {
        if (shippingOk.has(name)) continue;
        const message = lazy(m.orderShippingNotAccepted, { name, count: use.count, accepted });
        emit(finding('mappings.order-shipping', 'error', ordersFile, use.line, name, message));
      }
      for (const [name, use] of payment) {
        if (paymentOk.has(name)) continue;
        emit(finding('mappings.order-payment', 'error', ordersFile, use.line, name, lazy(m.orderPaymentNotMapped, { name, count: use.count })));
      }
      for (const [name, use] of codShipped) {
        if (fromYamatoFF) emit(finding('mappings.order-cod-yamato-ff', 'error', ordersFile, use.line, name, lazy(m.orderCodYamatoFF, { name, count: use.count })));
        else emit(finding('mappings.order-cod-shipping', 'warning', ordersFile, use.line, name, lazy(m.orderCodShipping, { name, count: use.count, collect: tables.codDefault })));
      }
    },
  };
}
