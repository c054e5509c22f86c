/// <reference types="vite/client" />
/// <reference types="vite-plugin-pwa/vanillajs" />

/** An icon from an open set, as SVG markup (scripts/vite/iconModules.ts). */
declare module 'virtual:icon/*' {
  const svg: string;
  export default svg;
}

/** A world's story art: people (`<cast>/<feeling>`) and props as SVG markup (scripts/vite/storyArt.ts). */
declare module 'virtual:story-art/*' {
  const art: { people: Record<string, string>; props: Record<string, string> };
  export default art;
}

/** Each world's badge and the album's stickers, as SVG markup (scripts/vite/storyArt.ts). */
declare module 'virtual:story-art/rewards' {
  const art: { badges: Record<string, string>; stories: Record<string, string>; games: Record<string, string> };
  export default art;
}
