import type { z } from 'zod';
import { alertMessages } from './alerts';
import { complianceMessages } from './compliance';
import { coreMessages } from './core';
import { playbookMessages } from './playbooks';
import { reviewMessages } from './review';
import { teamMessages } from './teams';
import type { MessageDef } from './define';

/** Every message the background answers. Features add their own `*Messages` object here. */
export const protocol = {
  ...coreMessages,
  ...playbookMessages,
  ...complianceMessages,
  ...alertMessages,
  ...teamMessages,
  ...reviewMessages,
};

export type Protocol = typeof protocol;
export type MessageType = keyof Protocol;
/** What a handler receives: the payload after its schema parsed (and, for a capture, sifted) it. */
export type RequestOf<K extends MessageType> = z.output<Protocol[K]['request']>;
/** What a sender passes. */
export type InputOf<K extends MessageType> = z.input<Protocol[K]['request']>;
export type ResultOf<K extends MessageType> = Protocol[K] extends MessageDef<z.ZodType, infer R> ? R : never;
