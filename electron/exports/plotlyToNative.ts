/** The translation moved to shared/export/nativeChart.ts (the window needs it too); the deck's name for it. */
export { nativeChart, presetDash, type NativeChart, type NativeSeries, type PresetDash } from '../../shared/export/nativeChart';
