import type { ChartSpec } from './chartSpec';
import type { MapImage } from './map/choropleth';

/**
 * A drawn map (shared/charts/map, a self-contained SVG) as a ChartSpec, so the documents take it
 * the way they take every chart: the renderer that draws the charts for the memo and the deck
 * (Plotly, on the command line or in the window) draws it as a picture filling the print area,
 * the deck shows that picture (no trace: PowerPoint cannot redraw a map natively), and the memo
 * puts the caption and the source line around it. The title, source and the boundaries' credit
 * belong to the spec, so the SVG itself should be drawn without them; the credit ends the source
 * line and is named apart (`credit`), so no format shortens it away.
 */
export function mapImageSpec(image: MapImage, title: string, source: string, credit: string, alt?: string): ChartSpec {
  return {
    id: image.id,
    title,
    source: credit ? `${source}. ${credit}` : source,
    ...(credit ? { credit } : {}),
    // The map's own summary (its title and every member's value) unless the caller words one.
    alt: alt ?? image.ariaLabel.replace(/\s+/g, ' '),
    data: [],
    layout: {
      margin: { l: 0, r: 0, t: 0, b: 0 },
      xaxis: { visible: false },
      yaxis: { visible: false },
      paper_bgcolor: '#ffffff',
      plot_bgcolor: '#ffffff',
      showlegend: false,
      // The drawing's height for its width: an image is laid out at that shape (target.ts imageSize),
      // so the map fills the width instead of shrinking into the charts' shape.
      meta: { aspect: image.height / image.width },
      images: [
        {
          // Percent-encoded rather than base64: shared/ has no btoa or Buffer.
          source: `data:image/svg+xml;charset=utf-8,${encodeURIComponent(image.svg)}`,
          xref: 'paper',
          yref: 'paper',
          x: 0,
          y: 1,
          sizex: 1,
          sizey: 1,
          sizing: 'contain',
          xanchor: 'left',
          yanchor: 'top',
          layer: 'above',
        },
      ],
    },
  };
}
