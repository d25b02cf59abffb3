import { createContext, useContext, type ReactNode } from 'react';
import type { LimberApi } from '../electron/api/bridge';

const ApiContext = createContext<LimberApi | null>(null);

export function ApiProvider({ api, children }: { api: LimberApi; children: ReactNode }) {
  return <ApiContext.Provider value={api}>{children}</ApiContext.Provider>;
}

export function useApi(): LimberApi {
  const api = useContext(ApiContext);
  if (!api) throw new Error('useApi needs an <ApiProvider> above it');
  return api;
}
