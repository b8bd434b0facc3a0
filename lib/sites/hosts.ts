import { ADAPTERS } from './index';

/**
 * The seller back-office pages we run on by default (DESIGN.md "Seller hosts"), as manifest match
 * patterns: the content script's `matches` and the extension's host permissions. Derived from the
 * adapters' `hosts` so a marketplace is declared once, in its adapter file. Anything else needs the
 * user's consent through an optional host permission.
 */
export const SELLER_HOST_PATTERNS: readonly string[] = ADAPTERS.flatMap((adapter) =>
  adapter.hosts.map((host) => `https://${host}${adapter.matchPath ?? '/*'}`),
);
