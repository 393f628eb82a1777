// plotly.js-basic-dist-min ships no types. It is the full bundle's API with fewer trace types,
// so it takes the full bundle's own types (plotly.js-dist-min, a devDependency for that alone).
declare module 'plotly.js-basic-dist-min' {
  export * from 'plotly.js-dist-min';
  export { default } from 'plotly.js-dist-min';
}

// A CommonJS file of plotly.js-locales: module.exports = { moduleType: 'locale', name: 'nl', … }.
declare module 'plotly.js-locales/nl.js' {
  import type { PlotlyModule } from 'plotly.js-dist-min';
  const locale: Extract<PlotlyModule, { moduleType: 'locale' }>;
  export default locale;
}
