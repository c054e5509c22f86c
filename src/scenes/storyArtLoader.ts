/**
 * Loads a world's story art (people and props as SVG, made at build time by
 * scripts/vite/storyArt.ts) into the scene's textures, one world at a time and only when a
 * story of that world is on stage: the art is a chunk of its own, outside the engine chunk.
 */
import type * as Phaser from 'phaser';
import type { RiskFamily } from '../content/types';

type Art = { people: Record<string, string>; props: Record<string, string> };

// One static import per world, so the build makes one chunk each.
const WORLD_ART: Record<RiskFamily, () => Promise<{ default: Art }>> = {
  contact: () => import('virtual:story-art/contact'),
  content: () => import('virtual:story-art/content'),
  conduct: () => import('virtual:story-art/conduct'),
  contract: () => import('virtual:story-art/contract'),
};

export const personKey = (who: string, feeling: string) => `person:${who}/${feeling}`;
export const propKey = (prop: string) => `prop:${prop}`;

export class StoryArtLoader {
  private readonly loading = new Map<RiskFamily, Promise<void>>();

  constructor(private readonly textures: Phaser.Textures.TextureManager) {}

  /** Resolves when every picture of the world can be drawn; a failed download is tried again next time. */
  load(family: RiskFamily): Promise<void> {
    let pending = this.loading.get(family);
    if (!pending) {
      pending = WORLD_ART[family]()
        .then(({ default: art }) =>
          Promise.all([
            ...Object.entries(art.people).map(([key, svg]) => this.add(`person:${key}`, svg)),
            ...Object.entries(art.props).map(([key, svg]) => this.add(propKey(key), svg)),
          ]),
        )
        .then(() => undefined)
        .catch((error: unknown) => {
          this.loading.delete(family);
          console.warn('Story art could not load', error);
        });
      this.loading.set(family, pending);
    }
    return pending;
  }

  private async add(key: string, svg: string): Promise<void> {
    if (this.textures.exists(key)) return;
    const image = new Image();
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
    await image.decode();
    if (!this.textures.exists(key)) this.textures.addImage(key, image);
  }
}
