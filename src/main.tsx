import './styles/app.css';
import './styles/print.css';
import { startFailureMessage } from './app/start-failure.ts';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root');

/**
 * The app's code or data did not arrive (offline on a deployed site, a broken upload): say so above
 * the map, which stays on screen, and say what would help, in the page's language.
 */
const reportStartFailure = (error: unknown) => {
  const message = document.createElement('p');
  message.className = 'notice';
  message.setAttribute('role', 'alert');
  message.textContent = startFailureMessage(document.documentElement.lang, error);
  document.body.prepend(message);
};

const start = () => {
  // The app's code and its data files, all at once: preload links the build keeps in an inert
  // <template> (scripts/vite-plugin-prerender.ts), so nothing competed with the first view.
  const preloads = document.getElementById('app-preloads');
  if (preloads instanceof HTMLTemplateElement) document.head.append(preloads.content);
  import('./boot.tsx').then(({ boot }) => boot(root)).catch(reportStartFailure);
};

// The production build prerenders the first view into index.html. Let the browser paint that map
// first, then load and start the app: its code (parse, compile, hydrate) would otherwise hold the
// first picture back. A click on the map before then is kept and replayed (app/use-app-ready.ts).
// Dev and the single-file build have an empty #root: start at once.
if (root.firstElementChild) {
  let started = false;
  const once = () => {
    if (started) return;
    started = true;
    start();
  };
  // A page opened in a background tab gets no frames until it is shown, and nothing on screen
  // waits for it: start at once. No fixed wait: on a busy laptop the first frame can take seconds.
  // A panel the page is showing early (a click on the map, a ?country= link: app/early-panel.tsx)
  // paints first: starting the app would hold it back by the app's whole start.
  const early = () => (window as Window & { __earlyPanel?: Promise<void> }).__earlyPanel;
  const afterPaint = (then: () => void) => requestAnimationFrame(() => requestAnimationFrame(then));
  if (document.visibilityState === 'hidden') once();
  else {
    afterPaint(() => {
      const panel = early();
      if (panel) void panel.then(() => afterPaint(once));
      else once();
    });
    document.addEventListener('visibilitychange', once, { once: true });
  }
} else {
  start();
}
