/**
 * Evidence from Next Engine itself for steps 9, 10 and 11 when the folder has a login (the
 * `neEvidence` action): each runs after the step's other actions, outside the task list
 * because it may ask the operator, and either returns what it saw (recorded with the step)
 * or stops the step with GateError (exit 1) saying what is missing.
 */
import path from 'node:path';
import type { Context } from '../context.js';
import { openCsv } from '../csv/index.js';
import { GateError } from '../errors.js';
import { NE_GOODS_CODE, NE_GOODS_TAG } from '../formats/ne-goods.js';
import { hasTag, parseTags } from '../formats/tags.js';
import { neText as m } from '../i18n/ne.js';
import { echo, joinText, type Lang, type Text } from '../i18n/text.js';
import { methodNames, shops } from '../ne/account.js';
import { DELIVERY_INFO, GOODS_SEARCH, ORDER_SEARCH, PAYMENT_INFO } from '../ne/endpoints.js';
import { tagsOf } from '../ne/goods.js';
import { ordersSince } from '../ne/orders.js';
import { apiEvidence } from '../ne/routes.js';
import { withNe } from '../ne/session.js';
import { neTime } from '../ne/time.js';
import type { Answers } from '../state/answers.js';
import type { StateStore } from '../state/store.js';
import { neRunStart } from './ne-route.js';
import type { NeEvidenceKind } from './types.js';

/** Codes or names listed in a message before "…". */
const LISTED = 10;

function say(ctx: Context, text: Text): void {
  ctx.stderr.write(text[ctx.lang] + '\n');
}

function listed(items: readonly string[]): string {
  return items.slice(0, LISTED).join(', ') + (items.length > LISTED ? ' …' : '');
}

/** Step 9: every code of the uploaded ne-tags file carries each of its tags in Next Engine now. */
async function uploadedTags(ctx: Context, store: StateStore): Promise<Record<string, unknown>> {
  const files = store.state.artifacts['ne-tags']?.files ?? [];
  const expected = new Map<string, string[]>();
  for (const f of files) {
    const source = await openCsv(f.path, { columns: [NE_GOODS_CODE, NE_GOODS_TAG] });
    for await (const r of source.records()) expected.set(r.values.code!.trim(), parseTags(r.values.tag ?? ''));
  }
  if (expected.size === 0) {
    say(ctx, m.tagsNothingToUpload());
    return { checked: 0 };
  }
  const file = path.relative(ctx.dir, files[0]!.path);
  if (ctx.interactive) {
    const uploaded = await ctx.prompter.confirm({ message: m.tagsUploadAsk({ file })[ctx.lang], default: true });
    if (!uploaded) throw new GateError(m.tagsNotUploaded(), m.tagsUploadHint({ file }));
  }
  return withNe(ctx, async (client) => {
    const now = await tagsOf(client, [...expected.keys()]);
    const lacking: Array<{ code: string; inNe: boolean }> = [];
    for (const [code, tags] of expected) {
      const field = now.get(code);
      if (field === undefined) lacking.push({ code, inNe: false });
      else if (tags.some((t) => !hasTag(field, t))) lacking.push({ code, inNe: true });
    }
    if (lacking.length > 0) {
      // Each language marks a code Next Engine does not have in its own words.
      const codes = (lang: Lang) => echo(listed(lacking.map((l) => (l.inNe ? l.code : `${l.code} ${m.tagsMissingGoods()[lang]}`))));
      const lack = m.tagsLacking({ count: lacking.length, codes: { ja: codes('ja'), en: codes('en') } });
      throw new GateError(joinText([m.tagsNotUploaded(), lack]), m.tagsUploadHint({ file }));
    }
    say(ctx, m.tagsAllPresent({ count: expected.size }));
    return { ...apiEvidence(ctx, client, GOODS_SEARCH, now.size), checked: expected.size, lacking: 0 };
  });
}

/** Step 10: an order of the shop named at step 5 has arrived since this run started. */
async function testOrder(ctx: Context, answers: Answers): Promise<Record<string, unknown>> {
  const shopName = typeof answers['ne.shopName'] === 'string' ? answers['ne.shopName'] : '';
  const since = neRunStart(answers);
  return withNe(ctx, async (client) => {
    const all = await shops(client);
    const shop = all.find((s) => s.name === shopName);
    if (!shop) throw new GateError(m.shopUnknown({ name: shopName, names: all.map((s) => s.name).join('、') || '-' }), m.shopUnknownHint());
    const where = { shop: shopName, since: neTime(since) };
    say(ctx, m.testOrderSearching(where));
    for (;;) {
      const orders = await ordersSince(client, shop.id, since);
      const first = orders[0];
      if (first) {
        say(ctx, m.testOrderFound({ slip: first.slip, number: first.orderNumber || '-', date: first.date }));
        return { ...apiEvidence(ctx, client, ORDER_SEARCH, orders.length), shop: shopName, since: since.toISOString(), slip: first.slip };
      }
      const again = ctx.interactive && (await ctx.prompter.confirm({ message: m.searchAgain()[ctx.lang], default: true }));
      if (!again) throw new GateError(m.testOrderNotFound(where), m.testOrderNotFoundHint());
    }
  });
}

/** The NE names a step-11 answer pair gives: the list, then the map's targets, each once. */
function namesOf(answers: Answers, listKey: string, mapKey: string): string[] {
  const list = answers[listKey];
  const map = answers[mapKey];
  const names = [
    ...(Array.isArray(list) ? list : []),
    ...(map && typeof map === 'object' && !Array.isArray(map) ? Object.values(map) : []),
  ];
  return [...new Set(names.map((n) => n.trim()).filter((n) => n !== ''))];
}

/** Step 11: every 発送方法 and 支払方法 name recorded exists in the account, exactly. */
async function methods(ctx: Context, answers: Answers): Promise<Record<string, unknown>> {
  const wanted = {
    delivery: namesOf(answers, 'ne.shippingMethods', 'yahoo.shippingMap'),
    payment: namesOf(answers, 'ne.paymentMethods', 'yahoo.paymentMap'),
  };
  return withNe(ctx, async (client) => {
    const have = await methodNames(client);
    const problems: Text[] = [];
    for (const [kind, label] of [['delivery', m.kindDelivery()], ['payment', m.kindPayment()]] as const) {
      const missing = wanted[kind].filter((n) => !have[kind].includes(n));
      if (missing.length > 0) problems.push(m.methodsMissing({ kind: label, names: { ja: missing.join('」「'), en: missing.join('", "') }, known: listed(have[kind]) || '-' }));
    }
    if (problems.length > 0) throw new GateError(joinText(problems), m.methodsMissingHint());
    say(ctx, m.methodsAllPresent({ delivery: wanted.delivery.length, payment: wanted.payment.length }));
    return {
      ...apiEvidence(ctx, client, `${DELIVERY_INFO}, ${PAYMENT_INFO}`, have.delivery.length + have.payment.length),
      delivery: wanted.delivery.length,
      payment: wanted.payment.length,
    };
  });
}

export function confirmInNe(ctx: Context, what: NeEvidenceKind, answers: Answers, store: StateStore): Promise<Record<string, unknown>> {
  switch (what) {
    case 'tags':
      return uploadedTags(ctx, store);
    case 'testOrder':
      return testOrder(ctx, answers);
    case 'methods':
      return methods(ctx, answers);
  }
}
