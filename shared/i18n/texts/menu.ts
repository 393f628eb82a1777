import { defineTexts } from '../define';

type Menu = {
  file: { label: string; newScenario: string; quit: string };
  edit: { label: string; undo: string; redo: string; cut: string; copy: string; paste: string; selectAll: string };
  view: { label: string; reload: string; devTools: string; resetZoom: string; zoomIn: string; zoomOut: string; fullScreen: string };
  help: { label: string; about: string };
  /** macOS's application menu. */
  mac: { hide: string; hideOthers: string; showAll: string; quit: string };
};

/** The Electron application menu (the screens under View take their titles from the `screens` area). */
export const menu = defineTexts<Menu>(
  {
    file: { label: 'Bestand', newScenario: 'Nieuw scenario', quit: 'Afsluiten' },
    edit: { label: 'Bewerken', undo: 'Ongedaan maken', redo: 'Opnieuw', cut: 'Knippen', copy: 'Kopiëren', paste: 'Plakken', selectAll: 'Alles selecteren' },
    view: { label: 'Beeld', reload: 'Herladen', devTools: 'Ontwikkelaarshulpmiddelen', resetZoom: 'Ware grootte', zoomIn: 'Inzoomen', zoomOut: 'Uitzoomen', fullScreen: 'Volledig scherm' },
    help: { label: 'Help', about: 'Over Woonzorgverkenner' },
    mac: { hide: 'Verberg Woonzorgverkenner', hideOthers: 'Verberg andere', showAll: 'Toon alles', quit: 'Stop Woonzorgverkenner' },
  },
  {
    file: { label: 'File', newScenario: 'New scenario', quit: 'Exit' },
    edit: { label: 'Edit', undo: 'Undo', redo: 'Redo', cut: 'Cut', copy: 'Copy', paste: 'Paste', selectAll: 'Select all' },
    view: { label: 'View', reload: 'Reload', devTools: 'Developer tools', resetZoom: 'Actual size', zoomIn: 'Zoom in', zoomOut: 'Zoom out', fullScreen: 'Full screen' },
    help: { label: 'Help', about: 'About Woonzorgverkenner' },
    mac: { hide: 'Hide Woonzorgverkenner', hideOthers: 'Hide others', showAll: 'Show all', quit: 'Quit Woonzorgverkenner' },
  },
);
