// @vitest-environment jsdom
// The panel imports the chart (mocked below), whose Plotly types live in a declaration file
// that renderer/tsconfig.test.json does not include on its own.
// eslint-disable-next-line @typescript-eslint/triple-slash-reference
/// <reference path="../../charts/plotlyModules.d.ts" />
import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import type { ChartSpec } from '../../../../shared/charts/chartSpec';
import { useRenderWithStore } from '../../test/renderWithStore';
import { TornadoPanel } from './TornadoPanel';

// Plotly needs a real browser (the e2e screenshots draw it); here the spec the chart gets counts.
vi.mock('../../charts/PlotlyChart', () => ({
  PlotlyChart: ({ spec, height }: { spec: ChartSpec; height?: number }) => (
    <figure data-testid={`chart-${spec.id}`} data-height={height} data-spec={JSON.stringify(spec.data)}>
      {spec.title}
      <figcaption>{spec.source}</figcaption>
    </figure>
  ),
}));

const renderWithStore = useRenderWithStore();

async function renderPanel(where: string, placeName: string, scenario: string) {
  await renderWithStore(<TornadoPanel where={where} placeName={placeName} />, { open: scenario });
}

type Bar = { name: string; y: string[]; base: number[]; x: number[] };
const bars = (): Bar[] => JSON.parse(screen.getByTestId('chart-tornado').getAttribute('data-spec') ?? '[]') as Bar[];

describe('TornadoPanel (MODEL.md §5.6)', () => {
  it('bandbreedte, the region: a bar per input that moves the programme shortfall, the figure chooser with the headline figures', async () => {
    await renderPanel('regio', 'Regio', 'bandbreedte');
    const select = screen.getByTestId<HTMLSelectElement>('tornado-figure');
    expect([...select.options].map((o) => o.value)).toEqual([
      'programme.shortfall2030',
      'affordable.shortfall2030',
      'elderly.total.shortfall',
      'elderly.nultreden.shortfall',
      'elderly.geclusterd.shortfall',
      'elderly.zorggeschikt.shortfall',
      'aandachtsgroepen.taskCumulative',
    ]);
    expect(screen.getByTestId('chart-tornado').textContent).toContain('Gevoeligheid: Tekort einde programma (Regio)');
    // Only the pace factor moves the programme shortfall: 2 480 at 0,75 ×, 1 577 at 1,25 ×.
    const [low, high] = bars();
    expect(low?.y).toEqual(['Tempofactor (trend)<br>0,75 × – 1,25 ×']);
    expect((low?.base[0] ?? 0) + (low?.x[0] ?? 0)).toBe(2479.5);
    expect((high?.base[0] ?? 0) + (high?.x[0] ?? 0)).toBe(1576.5);

    // Another figure: the total elderly shortfall, the need-source choice on top.
    fireEvent.change(select, { target: { value: 'elderly.total.shortfall' } });
    expect(bars()[0]?.y.map((y) => y.split('<br>')[0])).toEqual([
      'Bron ouderenbehoefte: zorggeschikt',
      'Tempofactor (trend)',
      'Aandeel nieuwbouw zorggeschikt',
      'Aandeel nieuwbouw geclusterd',
    ]);
    expect(screen.getByTestId('chart-tornado').getAttribute('data-height')).toBe(String(130 + 58 * 4));
  });

  it('bandbreedte, Hilversum: the gemeente figures', async () => {
    await renderPanel('GM0402', 'Hilversum', 'bandbreedte');
    fireEvent.change(screen.getByTestId('tornado-figure'), { target: { value: 'aandachtsgroepen.taskCumulative' } });
    expect(bars()[0]?.y).toEqual(['Woningen per jaar voor aandachtsgroepen<br>220 – 270']);
    expect(screen.getByTestId('chart-tornado').textContent).toContain('Gevoeligheid: Taak aandachtsgroepen opgeteld (Hilversum)');
  });

  it('basis has no ranges: no chart, a line saying where to give them', async () => {
    await renderPanel('regio', 'Regio', 'basis');
    expect(screen.queryByTestId('chart-tornado')).toBeNull();
    expect(screen.getByTestId('tornado-none').textContent).toContain('Geef ze op in de scenario-editor');
  });
});
