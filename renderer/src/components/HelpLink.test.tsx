// @vitest-environment jsdom
import { cleanup, render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { ASSUMPTIONS } from '../../../shared/scenario/assumptions';
import { parseRoute } from '../app/route';
import { MethodLink, TermLink } from './HelpLink';

afterEach(cleanup);

describe('links into Uitleg/Help', () => {
  it('every assumption’s method reference becomes a link to a Help chapter, in words, without a § of a document the user lacks', () => {
    for (const a of ASSUMPTIONS) {
      const { container, unmount } = render(<MethodLink reference={a.method} locale="nl-NL" />);
      const link = container.querySelector('a');
      expect(link, a.key).not.toBeNull();
      expect(link?.textContent, a.key).toMatch(/^Rekenmethode: \S/);
      expect(link?.textContent, a.key).not.toContain('§');
      const route = parseRoute(link?.getAttribute('href') ?? '');
      expect(route.screen, a.key).toBe('uitleg');
      expect(route.screen === 'uitleg' ? route.topic : null, a.key).toMatch(/^methode-/);
      unmount();
    }
    const { container } = render(<MethodLink reference="§5.1" locale="en-GB" />);
    expect(container.querySelector('a')?.textContent).toBe('Method: Build programme');
    expect(container.querySelector('a')?.getAttribute('href')).toBe('#/uitleg/methode-bouwprogramma');
  });

  it('a term links to its entry, with its definition as the title', () => {
    const { container } = render(<TermLink term="nultreden" locale="nl-NL" />);
    const link = container.querySelector('a');
    expect(link?.getAttribute('href')).toBe('#/uitleg/begrip-nultreden');
    expect(link?.textContent).toBe('nultredenwoning');
    expect(link?.getAttribute('title')).toContain('zonder trap');
  });

  it('says nothing for a reference no chapter covers', () => {
    const { container } = render(<MethodLink reference="§9" locale="nl-NL" />);
    expect(container.innerHTML).toBe('');
  });
});
