/**
 * The floor a world map costs: download the world-atlas 110m TopoJSON, decode it, project it with
 * d3-geo (Equal Earth fitted to the box) and draw one <path> per country. Nothing else. `npm run bench`
 * compares the app's time to map against this page's, both marked the same way.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';

const WIDTH = 1000;
const HEIGHT = 480;
const SVG_NS = 'http://www.w3.org/2000/svg';

async function draw(): Promise<void> {
  const topology = (await (await fetch(atlasUrl)).json()) as Topology<{ countries: GeometryCollection }>;
  const countries = feature(topology, topology.objects.countries);
  const path = geoPath(geoEqualEarth().fitSize([WIDTH, HEIGHT], countries));
  const svg = document.getElementById('map');
  if (!svg) throw new Error('baseline page has no #map');
  const fragment = document.createDocumentFragment();
  for (const country of countries.features) {
    const element = document.createElementNS(SVG_NS, 'path');
    element.setAttribute('d', path(country) ?? '');
    fragment.append(element);
  }
  svg.append(fragment);
  // The same mark the app sets: two frames after every country is drawn.
  requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('map-drawn')));
}

void draw();
