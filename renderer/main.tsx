import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { api } from './api/client';
import { prepareFolderImageKey } from './api/host-credentials';
import { hostEvents } from './api/host-events';
import { App } from './app/App';
import { createApp } from './app/create-app';
import './styles/app.css';

// Wired once, outside React: StrictMode's double effects must not build a second editor.
const services = createApp(api, hostEvents);

const root = document.getElementById('root');
if (!root) throw new Error('Postwright: #root is missing from index.html');

createRoot(root).render(
  <StrictMode>
    <App services={services} />
  </StrictMode>,
);

// The folder-image key first (serve only): a preview drawn before it would ask without it.
void prepareFolderImageKey()
  .catch((error: unknown) => console.error('[postwright] no folder-image key:', error))
  .finally(() => void services.start());
