import { downloadFile as download } from '../../components/download-file.ts';
import type { MapPicture } from '../../components/map-handle.ts';
import { t, word } from '../../i18n/i18n.ts';
import { datasetTitle, exportFileBase, groupCoverageLabel } from '../../model/dataset-words.ts';
import { formatDate } from '../../model/format-date.ts';
import type { Dataset } from '../../model/schema.ts';
import { isolate } from '../../model/text-direction.ts';
import { countryName } from '../../world/world.ts';
import { buildExportSvg, type ExportText } from './build-export-svg.ts';

export type ExportContext = { dataset: Dataset; slideTitle: string | null; selectedId: string | null };

const PNG_SCALE = 2;

/**
 * Title, subtitle and source line: what the picture needs to stand on its own in a slide deck, in
 * the interface's language around the dataset's own words.
 */
export function exportText({ dataset, slideTitle, selectedId }: ExportContext): ExportText {
  const { source } = dataset;
  const selected = selectedId ? countryName(selectedId) : undefined;
  const date = formatDate(source.published);
  return {
    title: datasetTitle(dataset),
    groupLabel: word(groupCoverageLabel(dataset)),
    regionLabel: t('legend.region'),
    subtitle:
      slideTitle ?? (selected ? t('export.selected', { country: selected }) : t('export.relationsNamed')),
    // The dataset's words isolated: an Arabic title keeps its own order inside the line.
    source: t('export.source', {
      author: isolate(source.author),
      title: isolate(source.title),
      publication: isolate(source.publication.split(',')[0] ?? ''),
      date,
    }),
  };
}

/** Rasterises the SVG at 2× through a canvas; an <img> of a data: URL keeps the canvas untainted, even from file://. */
async function toPng(svg: string, width: number, height: number): Promise<Blob> {
  const image = new Image();
  image.decoding = 'sync';
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = width * PNG_SCALE;
  canvas.height = height * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.drawImage(image, 0, 0, canvas.width, canvas.height);
  return new Promise((resolve, reject) =>
    canvas.toBlob(
      (blob) => (blob ? resolve(blob) : reject(new Error('the canvas gave no PNG'))),
      'image/png',
    ),
  );
}

/** Builds the export from the map as it is on screen and downloads it. */
export async function exportMap(format: 'png' | 'svg', picture: MapPicture, context: ExportContext) {
  const { svg, width, height } = buildExportSvg(picture, exportText(context));
  const base = `${exportFileBase(context.dataset, countryName(context.dataset.home.id))}${context.slideTitle ? '-slide' : ''}`;
  if (format === 'svg') download(new Blob([svg], { type: 'image/svg+xml' }), `${base}.svg`);
  else download(await toPng(svg, width, height), `${base}.png`);
}
