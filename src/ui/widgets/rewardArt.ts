/**
 * The badges and stickers (made at build time: scripts/vite/storyArt.ts) as elements. Their
 * module is fetched the first time one is shown, so the screens chunk stays small: the element
 * is a sized placeholder that fills in when the art arrives. Decoration only: the text beside
 * each picture names it.
 */
import { iconElement } from './icon';

type RewardArt = { badges: Record<string, string>; stories: Record<string, string>; games: Record<string, string> };
export type RewardKind = keyof RewardArt;

let art: Promise<RewardArt> | null = null;
const loadArt = () =>
  (art ??= import('virtual:story-art/rewards').then((m) => m.default).catch((e: unknown) => ((art = null), Promise.reject(e))));

/** A badge (`badges`, by world), a story's sticker (`stories`, by id) or a mini-game's (`games`, by world). */
export function rewardPicture(kind: RewardKind, id: string, className: string): HTMLElement {
  const holder = document.createElement('span');
  holder.className = className;
  holder.setAttribute('aria-hidden', 'true');
  loadArt().then(
    (a) => {
      const svg = a[kind][id];
      if (svg) holder.replaceChildren(iconElement(svg, 'reward-art'));
    },
    () => undefined, // the text says what it is; an empty frame is all that is lost
  );
  return holder;
}

/** Resolves once the badges and stickers are ready to show (tests and printing wait on it). */
export const rewardArtReady = (): Promise<unknown> => loadArt();
