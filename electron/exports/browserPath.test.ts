import { describe, expect, it } from 'vitest';
import { browserCandidates, findBrowser, NoBrowserError } from './browserPath';

describe('finding a browser for chart images', () => {
  it('Windows: Edge, then Chrome, in the usual program folders', () => {
    const list = browserCandidates({ PROGRAMFILES: 'C:\\Program Files', 'PROGRAMFILES(X86)': 'C:\\Program Files (x86)' }, 'win32');
    expect(list[0]).toMatch(/Edge.*msedge\.exe$/);
    expect(list.some((p) => p.endsWith('chrome.exe'))).toBe(true);
  });

  it('an explicit WOONZORGVERKENNER_BROWSER comes first', () => {
    expect(findBrowser({ WOONZORGVERKENNER_BROWSER: '/opt/mijn/browser' }, 'linux', (p) => p === '/opt/mijn/browser' || p === '/usr/bin/chromium')).toBe('/opt/mijn/browser');
  });

  it('none found: a Dutch message that says what to install and that Excel and CSV need none', () => {
    let error: unknown;
    try {
      findBrowser({}, 'linux', () => false);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(NoBrowserError);
    expect((error as Error).message).toMatch(/Chromium op Linux/);
    expect((error as Error).message).toMatch(/WOONZORGVERKENNER_BROWSER/);
    expect((error as Error).message).toMatch(/Excel en CSV hebben geen browser nodig/);
  });
});
