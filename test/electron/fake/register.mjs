// node --import ./register.mjs: installs the hook that swaps in the stand-in Electron.
import { register } from 'node:module';
register('./hooks.mjs', import.meta.url);
