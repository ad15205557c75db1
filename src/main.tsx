import { StrictMode, startTransition } from 'react';
import { createRoot, hydrateRoot } from 'react-dom/client';
import { App } from './app/app.tsx';
import './styles/app.css';
import './styles/print.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');
const app = (
  <StrictMode>
    <App />
  </StrictMode>
);

const start = () => {
  // The production build prerenders the first view into index.html; hydrate it in a transition,
  // so React yields to the browser instead of holding the main thread for the whole tree.
  if (root.firstElementChild) startTransition(() => void hydrateRoot(root, app));
  else createRoot(root).render(app);
  // After hydration the map answers clicks; `npm run bench` reports this beside `map-drawn`.
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('app-interactive')));
};

// Let the prerendered map paint first (two frames, like the `map-drawn` mark) and only then wake it up.
if (root.firstElementChild) requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(start, 0)));
else start();
