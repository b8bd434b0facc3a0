import { createContext, useCallback, useContext, useEffect, useRef, useState, type ReactNode } from 'react';
import type { TableName } from '../../lib/db/tables';
import type { Send } from '../../lib/messaging/client';

/** What in-page UI needs from the extension: typed messages to the background and change notifications. */
export interface Bridge {
  send: Send;
  /** Calls `listener` with the tables that changed anywhere (another tab, the options page, the worker). */
  subscribe(listener: (tables: TableName[]) => void): () => void;
}

const BridgeContext = createContext<Bridge | null>(null);

export function BridgeProvider({ bridge, children }: { bridge: Bridge; children: ReactNode }) {
  return <BridgeContext.Provider value={bridge}>{children}</BridgeContext.Provider>;
}

export function useBridge(): Bridge {
  const bridge = useContext(BridgeContext);
  if (!bridge) throw new Error('useBridge outside BridgeProvider');
  return bridge;
}

export type Loaded<T> = { status: 'loading' } | { status: 'ready'; data: T } | { status: 'error'; message: string };

/**
 * Loads with `load` and loads again whenever one of `tables` changes anywhere, so every open tab
 * shows the same state. `deps` re-run it too (e.g. a different store).
 */
export function useLiveQueryVia<T>(tables: readonly TableName[], load: (send: Send) => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  const bridge = useBridge();
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  const loadRef = useRef(load);
  loadRef.current = load;
  const generation = useRef(0);

  const refresh = useCallback(() => {
    const mine = ++generation.current;
    loadRef.current(bridge.send).then(
      (data) => mine === generation.current && setState({ status: 'ready', data }),
      (error: unknown) => mine === generation.current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bridge, ...deps]);

  useEffect(() => {
    refresh();
    return bridge.subscribe((changed) => {
      if (changed.some((table) => tables.includes(table))) refresh();
    });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [refresh, bridge, tables.join(',')]);

  return state;
}
