import { StrictMode } from 'react';
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

// The production build prerenders the first view into index.html (it paints before this runs);
// hydrate it at once, so the map answers a click as soon as the page has loaded.
if (root.firstElementChild) hydrateRoot(root, app);
else createRoot(root).render(app);
// After hydration the map answers clicks; `npm run bench` reports this beside `map-drawn`.
requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('app-interactive')));
