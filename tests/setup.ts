import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';
import { useAppStore } from '../src/store/app-store.ts';

afterEach(() => {
  cleanup();
  useAppStore.setState(useAppStore.getInitialState(), true);
  window.history.replaceState(null, '', '/');
});
