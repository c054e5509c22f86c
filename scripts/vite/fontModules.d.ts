/** Types for the two font tools that ship none (only what scripts/vite uses). */
declare module 'subset-font' {
  interface SubsetOptions {
    targetFormat?: 'sfnt' | 'woff' | 'woff2';
    variationAxes?: Record<string, number | { min: number; max: number; default?: number }>;
  }
  export default function subsetFont(font: Uint8Array, text: string, options?: SubsetOptions): Promise<Buffer>;
}

declare module 'fontverter' {
  type Format = 'sfnt' | 'woff' | 'woff2';
  const fontverter: {
    detectFormat(font: Uint8Array): Format;
    convert(font: Uint8Array, to: Format, from?: Format): Promise<Buffer>;
  };
  export default fontverter;
}
