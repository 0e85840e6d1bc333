/** Every artifact of `sc-setup export`, by name (CLI.md "Artifacts"). */
import { cancelList } from './cancel-list.js';
import { neGoods } from './ne-goods.js';
import { neMallItems } from './ne-mall-items.js';
import { neTags } from './ne-tags.js';
import { scGoods } from './sc-goods.js';
import { scItemMap } from './sc-item-map.js';
import { scPaymentMethods } from './sc-payment-methods.js';
import { scShippingMethods } from './sc-shipping-methods.js';
import { stockDiff } from './stock-diff.js';
import type { ArtifactModule, ArtifactName } from './types.js';

export const ARTIFACT_MODULES: Readonly<Record<ArtifactName, ArtifactModule>> = {
  'ne-goods': neGoods,
  'ne-tags': neTags,
  'sc-goods': scGoods,
  'sc-shipping-methods': scShippingMethods,
  'sc-payment-methods': scPaymentMethods,
  'sc-item-map': scItemMap,
  'ne-mall-items': neMallItems,
  'cancel-list': cancelList,
  'stock-diff': stockDiff,
};
