import { coreHandlers } from '../../../lib/messaging/handlers/core';
import { complianceStoreId, pageStoreId, storeKey } from '../../../lib/sites/store-id';
import { openDatabase } from '../../../lib/db/schema';

describe('store identity, worked out in one place', () => {
  test('the id the page learnt wins over the name it shows', () => {
    expect(pageStoreId({ platform: 'taobao', storeId: 'taobao:花漾美妆旗舰店', storeName: '别的店' })).toBe('taobao:花漾美妆旗舰店');
  });

  test('else the platform and the shop the page shows', () => {
    expect(pageStoreId({ platform: 'shopify', storeName: 'bloomwell-beauty' })).toBe('shopify:bloomwell-beauty');
    expect(storeKey('custom:https://erp.example.com', 'Main')).toBe('custom:https://erp.example.com:Main');
  });

  test('a page that shows no store has none (store-less records only, never every store)', () => {
    expect(pageStoreId({ platform: 'jd' })).toBeNull();
    expect(pageStoreId({ platform: 'jd', storeName: '' })).toBeNull();
  });

  test("compliance settings of a page without a store are the platform's shared '*' setting", () => {
    expect(complianceStoreId({ platform: 'jd' })).toBe('jd:*');
    expect(complianceStoreId({ platform: 'jd', storeName: '京东自营' })).toBe('jd:京东自营');
  });

  test('the stores table keys a seen store the same way the page does', async () => {
    const db = openDatabase(`store-id-${Math.random().toString(36).slice(2)}`);
    const { storeId } = await coreHandlers(db)['store/seen']({ platform: 'taobao', shopId: '花漾美妆旗舰店', name: '花漾美妆旗舰店' }, { id: 'test' });
    expect(storeId).toBe('taobao:花漾美妆旗舰店');
    expect(storeId).toBe(pageStoreId({ platform: 'taobao', storeName: '花漾美妆旗舰店' }));
  });
});
