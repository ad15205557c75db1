import { renderToString } from 'react-dom/server';
import { App } from './app/app.tsx';

/** The first view as HTML, at build time (scripts/vite-plugin-prerender.ts); main.tsx hydrates it. */
export function render(): string {
  return renderToString(<App />);
}
