import { createContext, type RefObject, useContext, useEffect } from 'react';
import type { View } from '../geo/zoom-machine.ts';

/** The map as it is on screen, for a picture of it: its <svg>, the overlay layer above and the sea. */
export type MapPicture = {
  svg: SVGSVGElement;
  /** The overlay's layer (veil, arcs, selection outline), zoomed like the map's. */
  overlay: SVGGElement | null;
  /** The sea behind the countries, whose computed fill is the picture's background. */
  sea: SVGElement | null;
};

/**
 * What the map offers the rest of the app, so no feature reads the map's DOM by its class names.
 * Registered by the map while it is mounted; null in the table view.
 */
export type MapHandle = {
  /** Null before the map's elements are mounted. */
  picture: () => MapPicture | null;
  /** Moves keyboard focus to the country `id` (ISO 3166-1 alpha-3); false when it is not on the map. */
  focusCountry: (id: string) => boolean;
  /** The map's one tab stop (roving tabindex), where focus may go when a control removes itself. */
  tabStop: () => SVGElement | null;
  /** The view shown now, in map units (screen = k · point + (x, y)). */
  view: () => View;
};

/** Where the map registers its handle; made and provided by the app (src/app/app.tsx). */
export const MapHandleContext = createContext<RefObject<MapHandle | null>>({ current: null });

/** The map's handle as a ref: read `.current` when it is needed (a click), never while rendering. */
export const useMapHandle = (): RefObject<MapHandle | null> => useContext(MapHandleContext);

/** Registers `handle` as the map's while the calling component is mounted. `handle` should be stable. */
export function useRegisterMapHandle(handle: MapHandle): void {
  const holder = useMapHandle();
  useEffect(() => {
    holder.current = handle;
    return () => {
      if (holder.current === handle) holder.current = null;
    };
  }, [holder, handle]);
}
