import { adapterForUrl } from '../sites';
import type { BuiltInPlatformId, PlatformId } from '../sites/types';

/** What the background knows of the sites a content script may run on (read from settings per message). */
export interface SiteList {
  /** Origins the user added in the options page (`https://erp.example.com`). */
  customOrigins: readonly string[];
  sitesEnabled: Partial<Record<BuiltInPlatformId, boolean>>;
}

/**
 * A seller page that sent a message, as the browser reported it (`sender.url`, the frame's address),
 * never as the payload claims. `platforms` holds more than one id where one host serves two
 * marketplaces (生意参谋 serves Taobao and Tmall shops, told apart by the DOM only).
 */
export interface PageSender {
  url: string;
  host: string;
  origin: string;
  platforms: readonly PlatformId[];
  /** False when the seller switched this marketplace off in the options page. */
  enabled: boolean;
}

function webUrl(address: string): URL | null {
  try {
    const url = new URL(address);
    return url.protocol === 'https:' || url.protocol === 'http:' ? url : null;
  } catch {
    return null;
  }
}

/** The seller site a page address belongs to: a built-in back-office host or a registered site; null for anything else. */
export function pageSenderFor(address: string, sites: SiteList): PageSender | null {
  const url = webUrl(address);
  if (!url) return null;
  const adapter = adapterForUrl(url.href);
  if (adapter && url.protocol === 'https:') {
    const platforms = [adapter.platform, ...(adapter.platformProbes ?? []).map((p) => p.platform)];
    return { url: url.href, host: url.host, origin: url.origin, platforms, enabled: sites.sitesEnabled[adapter.platform] !== false };
  }
  if (sites.customOrigins.includes(url.origin)) {
    return { url: url.href, host: url.host, origin: url.origin, platforms: [`custom:${url.origin}`], enabled: true };
  }
  return null;
}

/** A store id (`<platform>:<shop>`) belongs to one of the sender's marketplaces. */
export function storeIdOf(storeId: string, platforms: readonly PlatformId[]): boolean {
  return platforms.some((platform) => storeId.startsWith(`${platform}:`));
}
