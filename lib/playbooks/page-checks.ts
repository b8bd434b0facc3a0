/** Checks that read what a seller page shows, so a playbook task can tick itself. DOM in, boolean out. */

const COUPON_HEADER = /优惠券|券名称|coupon|discount code/i;

/**
 * "Coupons configured": the page lists at least one coupon, i.e. some table or ARIA grid has a
 * coupon-named column header and a data row under it.
 */
export function couponsListed(root: ParentNode): boolean {
  for (const table of root.querySelectorAll('table, [role="grid"], [role="table"]')) {
    const headers = [...table.querySelectorAll('th, [role="columnheader"]')];
    if (!headers.some((h) => COUPON_HEADER.test(h.textContent ?? ''))) continue;
    const rows = [...table.querySelectorAll('tbody tr, [role="row"]')].filter((row) => row.querySelector('td, [role="gridcell"], [role="cell"]'));
    if (rows.length > 0) return true;
  }
  return false;
}
