import { useEffect, useMemo, useState } from 'react';
import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { sequentialColor } from './color-scale';
import { ISO_NUMERIC } from './iso-numeric';
import { FigureCaption } from '../charts/FigureCaption';

type Shapes = FeatureCollection<Geometry, { name: string }>;
let shapesPromise: Promise<Shapes> | null = null;

/** The 1:110m world outlines load on first use only, keeping them out of the first screen's bundle. */
function loadShapes(): Promise<Shapes> {
  shapesPromise ??= Promise.all([import('world-atlas/countries-110m.json'), import('topojson-client')]).then(
    ([atlas, topo]) => {
      const topology = (atlas as { default?: unknown }).default ?? atlas;
      // eslint-disable-next-line @typescript-eslint/no-explicit-any
      return topo.feature(topology as any, (topology as any).objects.countries) as unknown as Shapes;
    },
  );
  return shapesPromise;
}

export interface WorldMapProps {
  /** Metric value by ISO alpha-2 code; missing = no data. */
  values: Record<string, number | undefined>;
  label: string;
  format: (value: number) => string;
  names: Record<string, string>;
  selected?: string | null;
  onSelect?: (iso2: string) => void;
}

const WIDTH = 960;
const HEIGHT = 470;

/** A choropleth of the reference countries, with a legend and a data-table alternative. */
export function WorldMap({ values, label, format, names, selected, onSelect }: WorldMapProps) {
  const [shapes, setShapes] = useState<Shapes | null>(null);
  const [showTable, setShowTable] = useState(false);
  useEffect(() => {
    let alive = true;
    void loadShapes().then((s) => alive && setShapes(s));
    return () => {
      alive = false;
    };
  }, []);

  const numericToIso = useMemo(
    () => new Map(Object.entries(ISO_NUMERIC).map(([iso, num]) => [num, iso])),
    [],
  );
  const known = Object.values(values).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const min = Math.min(...known);
  const max = Math.max(...known);
  const path = useMemo(() => geoPath(geoNaturalEarth1().fitSize([WIDTH, HEIGHT], { type: 'Sphere' })), []);
  const drawn = new Set<string>();

  return (
    <figure className="world-map">
      <FigureCaption title={label} tableShown={showTable} onToggleTable={() => setShowTable(!showTable)} />
      {shapes ? (
        <svg
          viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
          role="img"
          aria-label={`World map: ${label}`}
          data-testid="world-map"
        >
          <path d={path({ type: 'Sphere' }) ?? ''} fill="#f4f8fc" stroke="#d9dee6" />
          {shapes.features.map((f: Feature<Geometry, { name: string }>, i) => {
            const iso = numericToIso.get(String(f.id));
            const value = iso ? values[iso] : undefined;
            if (iso && value !== undefined) drawn.add(iso);
            const fill = value === undefined ? '#e4e7eb' : sequentialColor(value, min, max);
            return (
              <path
                key={`${String(f.id)}-${i}`}
                d={path(f) ?? ''}
                fill={fill}
                stroke={iso && iso === selected ? '#102a4c' : '#ffffff'}
                strokeWidth={iso && iso === selected ? 1.5 : 0.4}
                onClick={iso && value !== undefined && onSelect ? () => onSelect(iso) : undefined}
                style={iso && value !== undefined && onSelect ? { cursor: 'pointer' } : undefined}
              >
                <title>
                  {iso && value !== undefined ? `${names[iso] ?? iso}: ${format(value)}` : f.properties.name}
                </title>
              </path>
            );
          })}
        </svg>
      ) : (
        <p className="muted">Loading map…</p>
      )}
      {known.length > 0 && (
        <div className="map-legend" aria-hidden="true">
          <span>{format(min)}</span>
          <span className="map-legend__bar" />
          <span>{format(max)}</span>
        </div>
      )}
      {shapes && (
        <p className="muted small">
          Too small to draw at this scale:{' '}
          {Object.keys(values)
            .filter((iso) => values[iso] !== undefined && !drawn.has(iso))
            .map((iso) => `${names[iso] ?? iso} (${format(values[iso] as number)})`)
            .join(', ') || 'none'}
        </p>
      )}
      {showTable && (
        <table className="data compact">
          <caption className="sr-only">{label}</caption>
          <thead>
            <tr>
              <th scope="col">Country</th>
              <th scope="col" className="num">
                {label}
              </th>
            </tr>
          </thead>
          <tbody>
            {Object.entries(values)
              .filter(([, v]) => v !== undefined)
              .sort(([a], [b]) => (names[a] ?? a).localeCompare(names[b] ?? b))
              .map(([iso, v]) => (
                <tr key={iso}>
                  <td>{names[iso] ?? iso}</td>
                  <td className="num">{format(v as number)}</td>
                </tr>
              ))}
          </tbody>
        </table>
      )}
    </figure>
  );
}
