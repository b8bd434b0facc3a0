import { z } from 'zod';
import { isStorageFull } from '../db/storage-errors';
import { formatIssues, type MessageResponse } from './define';
import { accessOf } from './access';
import { protocol, type MessageType, type RequestOf, type ResultOf } from './protocol';
import { pagePath } from '../page-path';
import { pageSenderFor, storeIdOf, type PageSender, type SiteList } from './sender';

export interface SenderInfo {
  id?: string;
  /** The sending frame's address (a content script's page, or an extension page). */
  url?: string;
  tab?: { id?: number; url?: string };
}

export type Handlers = { [K in MessageType]: (payload: RequestOf<K>, sender: SenderInfo) => Promise<ResultOf<K>> };

export interface RouterOptions {
  extensionId: string;
  /** `chrome-extension://<id>/` (Firefox: `moz-extension://<uuid>/`), from `runtime.getURL('/')`. */
  extensionOrigin: string;
  /** The registered sites and the marketplaces switched on, read per message (the worker keeps no state). */
  siteList(): Promise<SiteList>;
}

const envelopeSchema = z.object({ type: z.string().max(100), payload: z.unknown() });

type Refusal = { ok: false; error: { code: 'forbidden'; message: string } };
const forbidden = (message: string): Refusal => ({ ok: false, error: { code: 'forbidden', message } });

/**
 * Ties a content script's request to the page that sent it: host and page come from the sender's
 * address, the platform must be one the sender's host serves, a store id one of its stores.
 */
function bindToSender(payload: Record<string, unknown>, page: PageSender): { refused: Refusal } | { bound: Record<string, unknown> } {
  const bound = { ...payload };
  if ('host' in bound) bound.host = page.host;
  if ('source' in bound) bound.source = pagePath(page.url);
  if (typeof bound.platform === 'string' && !page.platforms.includes(bound.platform as PageSender['platforms'][number])) {
    return { refused: forbidden(`A page on ${page.host} can't speak for platform "${bound.platform}".`) };
  }
  if (typeof bound.storeId === 'string' && !storeIdOf(bound.storeId, page.platforms)) {
    return { refused: forbidden(`A page on ${page.host} can't speak for store "${bound.storeId}".`) };
  }
  return { bound };
}

/**
 * The background's one entry point for messages: only our own extension may call it, every payload is
 * parsed with its schema first, content scripts are trusted by where they run (not by what they say),
 * and every failure comes back as `{ ok: false }`, never as a throw.
 */
export function createRouter(handlers: Handlers, options: RouterOptions) {
  // A page's message waits for the site list before its handler starts. The reads are chained, so handlers start in
  // the order their messages came: two quick writes from one page (a dock toggled off and on) are stored in that order.
  let lastSiteListRead: Promise<unknown> = Promise.resolve();
  const siteListInOrder = (): Promise<SiteList> => {
    const read = lastSiteListRead.then(() => options.siteList());
    lastSiteListRead = read.then(
      () => undefined,
      () => undefined,
    );
    return read;
  };
  return async (raw: unknown, sender: SenderInfo): Promise<MessageResponse<unknown>> => {
    if (sender.id !== options.extensionId) return forbidden('Messages are accepted from Seller Sidekick itself only.');
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) {
      return { ok: false, error: { code: 'invalid', message: 'Not a Seller Sidekick message.', issues: formatIssues(envelope.error) } };
    }
    const type = envelope.data.type;
    if (!Object.hasOwn(protocol, type)) {
      return { ok: false, error: { code: 'unknown-type', message: `Unknown message type "${type}".` } };
    }
    const key = type as MessageType;
    const parsed = protocol[key].request.safeParse(envelope.data.payload ?? {});
    if (!parsed.success) {
      return { ok: false, error: { code: 'invalid', message: `Invalid "${type}" message.`, issues: formatIssues(parsed.error) } };
    }
    let payload = parsed.data as Record<string, unknown>;

    // Content scripts always carry `sender.tab`; extension pages have our own origin as their address.
    const address = sender.url ?? sender.tab?.url;
    const fromExtension = address === undefined ? sender.tab === undefined : address.startsWith(options.extensionOrigin);
    if (!fromExtension) {
      const page = address === undefined ? null : pageSenderFor(address, await siteListInOrder());
      if (!page) return forbidden(`"${type}" refused: the sending page is not a seller site Seller Sidekick runs on.`);
      if (!page.enabled && key !== 'page/settings') return forbidden(`"${type}" refused: ${page.host} is switched off in the options.`);
      if (accessOf(key, parsed.data as never) !== 'seller-page') return forbidden(`"${type}" is available from the options page only.`);
      const binding = bindToSender(payload, page);
      if ('refused' in binding) return binding.refused;
      payload = binding.bound;
    }
    try {
      const handler = handlers[key] as (p: unknown, s: SenderInfo) => Promise<unknown>;
      return { ok: true, data: await handler(payload, sender) };
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      if (isStorageFull(error)) return { ok: false, error: { code: 'storage-full', message: `The browser has no room left for Seller Sidekick's data: ${message}` } };
      return { ok: false, error: { code: 'failed', message } };
    }
  };
}
