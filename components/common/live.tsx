import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
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
  const [version, setVersion] = useState(0);
  const tablesKey = tables.join(',');

  useEffect(() => {
    const watched = tablesKey.split(',');
    return bridge.subscribe((changed) => {
      if (changed.some((table) => watched.includes(table))) setVersion((v) => v + 1);
    });
  }, [bridge, tablesKey]);

  useEffect(() => {
    let current = true;
    load(bridge.send).then(
      (data) => current && setState({ status: 'ready', data }),
      (error: unknown) => current && setState({ status: 'error', message: error instanceof Error ? error.message : String(error) }),
    );
    return () => {
      current = false;
    };
    // `deps` say when `load` means something else; the function itself is new on every render.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [bridge, version, ...deps]);

  return state;
}
