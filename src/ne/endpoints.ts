/**
 * The endpoints this client reads, and nothing else: every one a search or an info call
 * (https://developer.next-engine.com/api). Field names as the public SDKs spell them:
 * - goods: goods_id, goods_name, goods_tag (商品分類タグ), goods_jan_code, goods_representation_id
 *   (代表商品コード), goods_deleted_flag (ShibuyaKosuke/laravel-nextengine
 *   src/Entities/MasterGoods/MasterGoods.php)
 * - stock: stock_goods_id, stock_quantity (在庫数), stock_allocation_quantity, stock_free_quantity,
 *   stock_deleted_flag (the same SDK, src/Entities/MasterStock/MasterStock.php)
 * - order slips: receive_order_id (伝票番号), receive_order_shop_id, receive_order_date,
 *   receive_order_order_status_id / _name, receive_order_cancel_type_id / _name,
 *   receive_order_shop_cut_form_id (受注番号) (takaaki-s/nextengine-sdk-go entity/receive_order_base.go)
 * - shops: shop_id, shop_name, shop_deleted_flag (entity/master_shop.go)
 * - 発送方法 / 支払方法: delivery_id, delivery_name, delivery_deleted_flag; payment_method_id,
 *   payment_method_name, payment_method_deleted_flag (entity/system_payment_method.go;
 *   laravel-nextengine src/Entities/SystemDelivery/SystemDelivery.php); info endpoints have no
 *   paging (the npm package next-engine reads them "as info": Entity/Delivery.ts, PaymentMethod.ts)
 * - locations (拠点): /api_v1_warehouse_base/search (warehouse_id, warehouse_name) and
 *   /api_v1_warehouse_stock/search (warehouse_stock_warehouse_id, warehouse_stock_goods_id,
 *   warehouse_stock_quantity). UNVERIFIED: none of the three SDKs lists them; the names are
 *   those a public integration uses (github.com/morris-shopline/connector). A wrong name is
 *   answered by Next Engine with an error, which stops the command (exit 2), never a wrong count.
 */
export const NE_AUTH = '/api_neauth';
export const SIGN_IN_PATH = '/users/sign_in/';

export const GOODS_SEARCH = '/api_v1_master_goods/search';
export const STOCK_SEARCH = '/api_v1_master_stock/search';
export const WAREHOUSE_SEARCH = '/api_v1_warehouse_base/search';
export const WAREHOUSE_STOCK_SEARCH = '/api_v1_warehouse_stock/search';
export const ORDER_SEARCH = '/api_v1_receiveorder_base/search';
export const SHOP_SEARCH = '/api_v1_master_shop/search';
export const DELIVERY_INFO = '/api_v1_system_delivery/info';
export const PAYMENT_INFO = '/api_v1_system_paymentmethod/info';

/** A deleted record (flag 1) is no longer part of the shop. */
export const NOT_DELETED = (prefix: string): Record<string, string> => ({ [`${prefix}_deleted_flag-neq`]: '1' });
