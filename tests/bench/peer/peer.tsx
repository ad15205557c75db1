/**
 * A typical React peer of the app (what a react-simple-maps app does): React renders a d3-geo
 * choropleth of the same world-atlas 110m in the browser, one <path> component per country with its
 * own click handler; a click opens a panel with the country's quotes. `?country=RUS` opens one on
 * load. Marks `map-drawn` as the app and the baseline do; `npm run bench` measures it in the same run.
 */
import { geoEqualEarth, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection } from 'geojson';
import { StrictMode, useEffect, useMemo, useState } from 'react';
import { createRoot } from 'react-dom/client';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-110m.json?url';

type Country = { id: string; name: string; relation: string; quotes: string[] };
type World = { countries: FeatureCollection; quotes: Record<string, Country> };

const WIDTH = 1000;
const HEIGHT = 480;

async function loadWorld(): Promise<World> {
  const [topology, quotes] = await Promise.all([
    fetch(atlasUrl).then((r) => r.json() as Promise<Topology<{ countries: GeometryCollection }>>),
    fetch(`${import.meta.env.BASE_URL}peer-quotes.json`).then((r) => r.json() as Promise<World['quotes']>),
  ]);
  return { countries: feature(topology, topology.objects.countries), quotes };
}

function CountryPath({
  d,
  country,
  selected,
  onSelect,
}: {
  d: string;
  country: Country | undefined;
  selected: boolean;
  onSelect: () => void;
}) {
  return (
    // biome-ignore lint/a11y/noStaticElementInteractions: the peer is a typical map, mouse only, not a model
    <path
      d={d}
      data-id={country?.id}
      data-relation={country?.relation ?? 'none'}
      aria-current={selected || undefined}
      onClick={onSelect}
    />
  );
}

function Panel({ country }: { country: Country }) {
  return (
    <aside aria-labelledby="panel-title">
      <h2 id="panel-title">{country.name}</h2>
      {country.quotes.map((quote) => (
        <blockquote key={quote}>{quote}</blockquote>
      ))}
    </aside>
  );
}

function App() {
  const [world, setWorld] = useState<World | null>(null);
  const [selected, setSelected] = useState<string | null>(null);
  useEffect(() => {
    void loadWorld().then((loaded) => {
      setWorld(loaded);
      const wanted = new URLSearchParams(location.search).get('country');
      const match = Object.entries(loaded.quotes).find(([, c]) => c.id === wanted);
      if (match) setSelected(match[0]);
    });
  }, []);
  const paths = useMemo(() => {
    if (!world) return [];
    const path = geoPath(geoEqualEarth().fitSize([WIDTH, HEIGHT], world.countries));
    return world.countries.features.map((f: Feature, i) => ({
      key: `${f.id ?? 'none'}-${i}`,
      id: String(f.id),
      d: path(f) ?? '',
    }));
  }, [world]);
  useEffect(() => {
    // The same mark the app sets: two frames after every country is drawn.
    if (paths.length) requestAnimationFrame(() => requestAnimationFrame(() => performance.mark('map-drawn')));
  }, [paths]);
  const open = selected ? world?.quotes[selected] : undefined;
  return (
    <div className="peer">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="World map">
        {paths.map((p) => (
          <CountryPath
            key={p.key}
            d={p.d}
            country={world?.quotes[p.id]}
            selected={p.id === selected}
            onSelect={() => setSelected(p.id)}
          />
        ))}
      </svg>
      {open && <Panel country={open} />}
    </div>
  );
}

const root = document.getElementById('root');
if (!root) throw new Error('peer page has no #root');
createRoot(root).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
