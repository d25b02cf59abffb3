import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { unwrapBridge } from '../electron/api/bridge';
import { ApiProvider } from './api-context';
import { App } from './App';
import './styles.css';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ApiProvider api={unwrapBridge(window.limber)}>
      <App />
    </ApiProvider>
  </StrictMode>,
);
