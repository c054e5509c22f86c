/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** An icon from an open set, as SVG markup (scripts/vite/iconModules.ts). */
declare module 'virtual:icon/*' {
  const svg: string;
  export default svg;
}
