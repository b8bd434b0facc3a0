/** The demo seller pages, in the order a visitor would tour them (served from tests/fixtures/sites). */
export const DEMO_PAGES: { name: string; url: string }[] = [
  { name: '00-sycm-home', url: 'https://sycm.taobao.com/portal/home.htm?dateRange=2026-11-20%7C2026-11-20&dateType=day' },
  { name: '01-sycm-item-rank', url: 'https://sycm.taobao.com/cc/item_rank?dateRange=2026-11-20%7C2026-11-20&dateType=day' },
  { name: '02-taobao-publish', url: 'https://item.upload.taobao.com/sell/publish.htm?catId=50010788' },
  { name: '03-taobao-coupons', url: 'https://myseller.taobao.com/home.htm/marketing/coupon/list' },
  { name: '04-jd-shangzhi-home', url: 'https://jdsz.jd.com/szweb/view/home?date=2026-11-20' },
  { name: '04a-jd-shangzhi', url: 'https://jdsz.jd.com/szweb/view/operation/goods-detail' },
  { name: '05-pinduoduo-goods', url: 'https://mms.pinduoduo.com/sycm/goods_effect' },
  { name: '05a-pinduoduo-store', url: 'https://mms.pinduoduo.com/sycm/stores_data/operation' },
  { name: '06-douyin-compass', url: 'https://compass.jinritemai.com/shop/commodity/product-list' },
  { name: '06a-kuaishou-syt-goods', url: 'https://syt.kwaixiaodian.com/zones/shop/goods-management' },
  { name: '06b-kuaishou-release', url: 'https://s.kwaixiaodian.com/zone/goods/config/release/add' },
  { name: '07-amazon-business-report', url: 'https://sellercentral.amazon.com/business-reports/ref=xx_sitemetric_dnav_xx#/report?id=102:DetailSalesTrafficByChildItem&fromDate=2026-11-20&toDate=2026-11-20' },
  { name: '08-amazon-listing', url: 'https://sellercentral.amazon.com/abis/listing/edit?asin=B0D3K2VN8P' },
  { name: '09-shopify-product', url: 'https://admin.shopify.com/store/bloomwell-beauty/products/8823451190321' },
  { name: '10-shopify-analytics', url: 'https://admin.shopify.com/store/bloomwell-beauty/analytics' },
];
