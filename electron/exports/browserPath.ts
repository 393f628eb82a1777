import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * A Chromium-family browser already on the machine, for rendering chart images headless:
 * Edge or Chrome on Windows, Chrome or Edge on macOS, Chromium or Chrome on Linux.
 * `WOONZORGVERKENNER_BROWSER` (or CHROMIUM_PATH) points at another one.
 */
export function browserCandidates(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string[] {
  const own = [env.WOONZORGVERKENNER_BROWSER, env.CHROMIUM_PATH].filter((p): p is string => !!p);
  if (platform === 'win32') {
    const roots = [env['PROGRAMFILES(X86)'], env.PROGRAMFILES, env.LOCALAPPDATA].filter((p): p is string => !!p);
    return [
      ...own,
      ...roots.flatMap((r) => [join(r, 'Microsoft', 'Edge', 'Application', 'msedge.exe'), join(r, 'Google', 'Chrome', 'Application', 'chrome.exe')]),
    ];
  }
  if (platform === 'darwin') {
    return [...own, '/Applications/Google Chrome.app/Contents/MacOS/Google Chrome', '/Applications/Microsoft Edge.app/Contents/MacOS/Microsoft Edge', '/Applications/Chromium.app/Contents/MacOS/Chromium'];
  }
  return [...own, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome', '/usr/bin/google-chrome-stable', '/usr/bin/microsoft-edge', '/snap/bin/chromium'];
}

export class NoBrowserError extends Error {}

export function findBrowser(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform, exists: (p: string) => boolean = existsSync): string {
  const candidates = browserCandidates(env, platform);
  const found = candidates.find((p) => exists(p));
  if (!found) {
    throw new NoBrowserError(
      'Voor grafiekafbeeldingen is een browser nodig (Edge of Chrome op Windows, Chrome op macOS, Chromium op Linux), maar er is er geen gevonden. ' +
        `Gezocht: ${candidates.join(', ')}. Installeer er een, of wijs er een aan met WOONZORGVERKENNER_BROWSER=/pad/naar/browser. ` +
        'Excel en CSV hebben geen browser nodig.',
    );
  }
  return found;
}
