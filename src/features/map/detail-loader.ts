import type { DetailLayout } from '../../geo/detail-layout.ts';
import { type DetailLevel, detailFor } from '../../geo/detail-level.ts';
import { showDetail } from './use-detail.ts';

/**
 * Decides between 1:110m and 1:50m outlines, and loads 1:50m the first time it is wanted (at 3×).
 * Imported by the map when it first rests after a move (never in the first view). The drawn level only
 * changes while the map rests, never during a gesture or a glide, so the swap costs no frame of a
 * moving map.
 */
let fine: DetailLayout | null = null;
/** The level the zoom asks for; drawn once the map rests and the data is in. */
let wanted: DetailLevel = '110m';
let moving = false;
let loading = false;

function draw(): void {
  if (!moving) showDetail(wanted === '50m' ? fine : null);
}

function load(): void {
  if (loading) return;
  loading = true;
  import('virtual:world-50m').then(
    (module) => {
      fine = module.default;
      draw();
    },
    () => {
      // Offline or gone: the 1:110m outlines stay, and the next rest zoomed in tries again.
      loading = false;
    },
  );
}

/** The map started to move (a gesture or a glide): no swap until it rests. */
export function detailMoving(): void {
  moving = true;
}

/** The map rests at zoom `k`: draw the level it calls for, loading 1:50m the first time. */
export function detailRested(k: number): void {
  moving = false;
  wanted = detailFor(k, wanted);
  if (wanted === '50m' && !fine) load();
  draw();
}
