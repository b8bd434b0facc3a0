import { SidekickError, type MessageResponse } from './define';
import type { InputOf, MessageType, ResultOf } from './protocol';

export type Transport = (message: { type: string; payload: unknown }) => Promise<unknown>;

/** Typed request/response over a transport (runtime.sendMessage in the extension, a fake in tests). */
export function createClient(transport: Transport) {
  return async function send<K extends MessageType>(type: K, payload: InputOf<K>): Promise<ResultOf<K>> {
    const response = (await transport({ type, payload })) as MessageResponse<ResultOf<K>> | undefined;
    if (!response || typeof response !== 'object' || !('ok' in response)) {
      throw new SidekickError('failed', 'No answer from the Seller Sidekick background.');
    }
    if (!response.ok) throw new SidekickError(response.error.code, response.error.message, response.error.issues);
    return response.data;
  };
}

export type Send = ReturnType<typeof createClient>;
