import { useId, useMemo, useState } from 'react';
import { defaultMapFigures, mapOfFigure, type MapFigure } from '../../../shared/charts/map/figures';
import { svgToPng } from '../exports/svgImage';
import { useBundle, useLocale, useMessages, useResult } from '../state/AppState';
import { ImageActions } from './ChartActions';

type Props = {
  /** The figures to choose from; default Overzicht's (shared/charts/map/figures.ts). A screen adds its own to these. */
  figures?: readonly MapFigure[];
  /** Names the element for tests when a screen shows more than one map. */
  testId?: string;
};

/**
 * The region's gemeenten coloured by a figure of the current result, with a selector for the
 * figure and PNG/SVG/copy like every chart. The SVG comes whole from shared/ (title, legend,
 * source and credit line inside), so the screen shows exactly what a saved image shows.
 */
export function RegionMap({ figures, testId = 'region-map' }: Props) {
  const result = useResult();
  const bundle = useBundle();
  const locale = useLocale();
  const t = useMessages().map;
  const selectId = useId();
  const list = useMemo(() => figures ?? defaultMapFigures(locale), [figures, locale]);
  const [chosen, setChosen] = useState<string | null>(null);
  const figure = list.find((f) => f.id === chosen) ?? list[0];
  const image = useMemo(() => (figure ? mapOfFigure(figure, result, bundle.dataset, locale) : null), [figure, result, bundle.dataset, locale]);

  if (!figure) return null;
  if (!image) return <p className="note">{t.noBoundaries}</p>;
  return (
    <figure className="chart region-map" data-testid={testId} data-figure={figure.id}>
      <figcaption className="chart-head">
        <label htmlFor={selectId} className="map-figure">
          {t.figure}{' '}
          <select id={selectId} value={figure.id} onChange={(e) => setChosen(e.target.value)} data-testid={`${testId}-figure`}>
            {list.map((f) => (
              <option key={f.id} value={f.id}>
                {f.label}
              </option>
            ))}
          </select>
        </label>
        <ImageActions id={image.id} png={() => svgToPng(image.svg, image.width, image.height)} svg={() => Promise.resolve(image.svg)} />
      </figcaption>
      {/* Built in shared/ from numbers and catalogue texts, every text escaped there. */}
      <div className="map-svg" dangerouslySetInnerHTML={{ __html: image.svg }} />
    </figure>
  );
}
