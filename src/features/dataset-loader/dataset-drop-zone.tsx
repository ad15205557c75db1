import { type ReactNode, useState } from 'react';
import { loadDatasetFile } from './read-dataset-file.ts';

/** Drag a dataset file onto the map to load it. */
export function DatasetDropZone({ children }: { children: ReactNode }) {
  const [over, setOver] = useState(false);
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: a drop target; the keyboard path is the "Load dataset" button
    <div
      className={over ? 'drop-zone drop-zone--over' : 'drop-zone'}
      onDragOver={(event) => {
        if (!event.dataTransfer.types.includes('Files')) return;
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={(event) => {
        event.preventDefault();
        setOver(false);
        const file = event.dataTransfer.files[0];
        if (file) void loadDatasetFile(file);
      }}
    >
      {children}
    </div>
  );
}
