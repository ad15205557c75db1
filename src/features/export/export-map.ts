import { downloadFile as download } from '../../components/download-file.ts';
import type { MapPicture } from '../../components/map-handle.ts';
import { t, word } from '../../i18n/i18n.ts';
import type { Locale } from '../../i18n/locales.ts';
import { datasetTitle, exportFileBase, groupCoverageLabel } from '../../model/dataset-words.ts';
import { formatDate } from '../../model/format-date.ts';
import { MAP_RELATIONS, relationLabel } from '../../model/labels.ts';
import type { Dataset } from '../../model/schema.ts';
import { isolate } from '../../model/text-direction.ts';
import { countryName } from '../../world/world.ts';
import { buildExportSvg, type ExportText } from './build-export-svg.ts';

export type ExportContext = {
  dataset: Dataset;
  slideTitle: string | null;
  selectedId: string | null;
  /** The reader's language for the dataset's words and the date; English when absent. */
  locale?: Locale;
};

const PNG_SCALE = 2;

/**
 * Title, subtitle and source line: what the picture needs to stand on its own in a slide deck, in
 * the interface's language around the dataset's own words.
 */
export function exportText({ dataset, slideTitle, selectedId, locale = 'en' }: ExportContext): ExportText {
  const { source } = dataset;
  const selected = selectedId ? countryName(selectedId) : undefined;
  const date = formatDate(source.published, locale);
  return {
    title: datasetTitle(dataset, locale),
    groupLabel: word(groupCoverageLabel(dataset, locale)),
    regionLabel: t('legend.region'),
    relations: Object.fromEntries(
      MAP_RELATIONS.map((r) => [r, relationLabel(r, t, locale, dataset)]),
    ) as Record<(typeof MAP_RELATIONS)[number], string>,
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
