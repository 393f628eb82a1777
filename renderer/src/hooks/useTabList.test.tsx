// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import { useTabList } from './useTabList';

const KEYS = ['een', 'twee', 'drie'] as const;

function Tabs() {
  const [tab, setTab] = useState<(typeof KEYS)[number]>('een');
  const tabs = useTabList({ id: 't', keys: KEYS, selected: tab, onSelect: setTab, label: 'Tabbladen' });
  return (
    <>
      <button type="button">ervoor</button>
      <div {...tabs.list}>
        {KEYS.map((k) => (
          <button key={k} {...tabs.tab(k)}>
            {k}
          </button>
        ))}
      </div>
      <div {...tabs.panel(tab)}>inhoud {tab}</div>
    </>
  );
}

afterEach(cleanup);

const tab = (name: string) => screen.getByRole('tab', { name });
const selected = () => screen.getAllByRole('tab').filter((t) => t.getAttribute('aria-selected') === 'true').map((t) => t.textContent);
const inTabOrder = () => screen.getAllByRole('tab').filter((t) => t.tabIndex === 0).map((t) => t.textContent);

describe('useTabList: the WAI-ARIA tabs pattern', () => {
  it('only the selected tab is in the tab order; each tab controls its panel and the panel names its tab', () => {
    render(<Tabs />);
    expect(screen.getByRole('tablist', { name: 'Tabbladen' })).toBeTruthy();
    expect(inTabOrder()).toEqual(['een']);
    expect(screen.getAllByRole('tab').map((t) => t.tabIndex)).toEqual([0, -1, -1]);
    const panel = screen.getByRole('tabpanel');
    expect(tab('een').getAttribute('aria-controls')).toBe(panel.id);
    expect(panel.getAttribute('aria-labelledby')).toBe(tab('een').id);
    expect(screen.getByRole('tabpanel', { name: 'een' }).textContent).toBe('inhoud een');
  });

  it('Right and Left move to the next and previous tab, wrapping, and show it at once; Home and End the first and last', () => {
    render(<Tabs />);
    tab('een').focus();
    fireEvent.keyDown(tab('een'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('twee'));
    expect(selected()).toEqual(['twee']);
    expect(inTabOrder()).toEqual(['twee']);
    expect(screen.getByRole('tabpanel').textContent).toBe('inhoud twee');
    expect(screen.getByRole('tabpanel').getAttribute('aria-labelledby')).toBe(tab('twee').id);
    fireEvent.keyDown(tab('twee'), { key: 'ArrowRight' });
    fireEvent.keyDown(tab('drie'), { key: 'ArrowRight' });
    expect(document.activeElement).toBe(tab('een'));
    fireEvent.keyDown(tab('een'), { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(tab('drie'));
    expect(selected()).toEqual(['drie']);
    fireEvent.keyDown(tab('drie'), { key: 'Home' });
    expect(document.activeElement).toBe(tab('een'));
    expect(selected()).toEqual(['een']);
    fireEvent.keyDown(tab('een'), { key: 'End' });
    expect(document.activeElement).toBe(tab('drie'));
    expect(selected()).toEqual(['drie']);
  });

  it('other keys and modified arrows do nothing; a click selects', () => {
    render(<Tabs />);
    tab('een').focus();
    fireEvent.keyDown(tab('een'), { key: 'ArrowDown' });
    fireEvent.keyDown(tab('een'), { key: 'ArrowRight', altKey: true });
    expect(selected()).toEqual(['een']);
    expect(document.activeElement).toBe(tab('een'));
    fireEvent.click(tab('drie'));
    expect(selected()).toEqual(['drie']);
    expect(inTabOrder()).toEqual(['drie']);
  });
});
