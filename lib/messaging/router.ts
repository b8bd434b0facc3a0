import { z } from 'zod';
import { formatIssues, type MessageResponse } from './define';
import { protocol, type MessageType, type RequestOf, type ResultOf } from './protocol';

export interface SenderInfo {
  id?: string;
  url?: string;
  tab?: { id?: number; url?: string };
}

export type Handlers = { [K in MessageType]: (payload: RequestOf<K>, sender: SenderInfo) => Promise<ResultOf<K>> };

const envelopeSchema = z.object({ type: z.string().max(100), payload: z.unknown() });

/**
 * The background's one entry point for messages: only our own extension may call it, every payload is
 * parsed with its schema first, and every failure comes back as `{ ok: false }`, never as a throw.
 */
export function createRouter(handlers: Handlers, ownExtensionId: string) {
  return async (raw: unknown, sender: SenderInfo): Promise<MessageResponse<unknown>> => {
    if (sender.id !== ownExtensionId) {
      return { ok: false, error: { code: 'forbidden', message: 'Messages are accepted from Seller Sidekick itself only.' } };
    }
    const envelope = envelopeSchema.safeParse(raw);
    if (!envelope.success) {
      return { ok: false, error: { code: 'invalid', message: 'Not a Seller Sidekick message.', issues: formatIssues(envelope.error) } };
    }
    const type = envelope.data.type;
    if (!Object.hasOwn(protocol, type)) {
      return { ok: false, error: { code: 'unknown-type', message: `Unknown message type "${type}".` } };
    }
    const key = type as MessageType;
    const payload = protocol[key].request.safeParse(envelope.data.payload ?? {});
    if (!payload.success) {
      return { ok: false, error: { code: 'invalid', message: `Invalid "${type}" message.`, issues: formatIssues(payload.error) } };
    }
    try {
      const handler = handlers[key] as (p: unknown, s: SenderInfo) => Promise<unknown>;
      return { ok: true, data: await handler(payload.data, sender) };
    } catch (error) {
      return { ok: false, error: { code: 'failed', message: error instanceof Error ? error.message : String(error) } };
    }
  };
}
