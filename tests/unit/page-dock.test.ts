import { dockEdge, fixedMaxWidthFor, rootMinWidthFor } from '../../lib/page-dock';
import { defaultSidebarMode, dockedWidth, isSidebarDocked } from '../../lib/page-settings';

describe('where the sidebar docks by default', () => {
  test.each([
    ['analyticsTable', 'docked'],
    ['productList', 'docked'],
    ['listingEditor', 'overlay'],
    ['campaign', 'overlay'],
    ['dashboard', 'overlay'],
    [null, 'overlay'],
  ] as const)('a %s page: %s', (pageType, mode) => {
    expect(defaultSidebarMode(pageType)).toBe(mode);
  });

  test("the seller's choice for the site wins over the page kind, and a collapsed sidebar never docks", () => {
    expect(isSidebarDocked({ open: true, width: 360, mode: 'overlay' }, 'analyticsTable')).toBe(false);
    expect(isSidebarDocked({ open: true, width: 360, mode: 'docked' }, 'listingEditor')).toBe(true);
    expect(isSidebarDocked({ open: false, width: 360, mode: 'docked' }, 'analyticsTable')).toBe(false);
    expect(dockedWidth({ open: true, width: 420 }, 'productList')).toBe(420);
    expect(dockedWidth({ open: true, width: 420 }, 'campaign')).toBeNull();
  });
});

describe('making room for a docked sidebar', () => {
  test('the page ends where a 360-px sidebar begins in a 1440-px viewport', () => {
    expect(dockEdge(1440, 360)).toBe(1080);
    expect(dockEdge(300, 360)).toBe(0);
  });

  test('a page wider than its room keeps its width as the root minimum, so the margin adds scroll range', () => {
    expect(rootMinWidthFor(1280, 1080)).toBe(1280);
    expect(rootMinWidthFor(1280.2, 1080)).toBe(1281);
    expect(rootMinWidthFor(1080, 1080)).toBeNull();
    expect(rootMinWidthFor(900, 1080)).toBeNull();
  });

  test.each([
    ['a full-width bar still reaching under the sidebar ends at its edge', { left: 0, right: 1440, horizontalExtras: 0 }, 1080],
    ['content-box padding and border are taken off the max-width', { left: 0, right: 1460, horizontalExtras: 20 }, 1060],
    ['a bar starting at 200 px', { left: 200, right: 1440, horizontalExtras: 0 }, 880],
    ['a bar already ending at the edge is left alone', { left: 0, right: 1080, horizontalExtras: 0 }, null],
    ['a widget wholly under the sidebar is not squeezed to nothing', { left: 1300, right: 1400, horizontalExtras: 0 }, null],
  ] as const)('%s', (_name, box, expected) => {
    expect(fixedMaxWidthFor(box, 1080)).toBe(expected);
  });
});
