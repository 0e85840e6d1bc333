/**
 * Every artifact of `sc-setup export`, by name (CLI.md "Artifacts"), loaded on demand: an
 * export pays for its own module graph only (each loaded module costs start-up time and
 * memory that a 500,000-row run notices).
 */
import type { ArtifactModule, ArtifactName } from './types.js';

export const ARTIFACT_MODULES: Readonly<Record<ArtifactName, () => Promise<ArtifactModule>>> = {
  'ne-goods': async () => (await import('./ne-goods.js')).neGoods,
  'ne-tags': async () => (await import('./ne-tags.js')).neTags,
  'sc-goods': async () => (await import('./sc-goods.js')).scGoods,
  'sc-shipping-methods': async () => (await import('./sc-shipping-methods.js')).scShippingMethods,
  'sc-payment-methods': async () => (await import('./sc-payment-methods.js')).scPaymentMethods,
  'sc-item-map': async () => (await import('./sc-item-map.js')).scItemMap,
  'ne-mall-items': async () => (await import('./ne-mall-items.js')).neMallItems,
  'cancel-list': async () => (await import('./cancel-list.js')).cancelList,
  'stock-diff': async () => (await import('./stock-diff.js')).stockDiff,
};
