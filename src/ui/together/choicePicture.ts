import type { ChoicePicture } from '../../content';
import { h } from '../widgets/dom';
import { iconElement } from '../widgets/icon';

let art: Record<ChoicePicture, string> | null = null;
let loading: Promise<void> | null = null;

/** Fetches the pictures' chunk once; called as soon as play together is on, before a choice shows. */
export function loadChoicePictures(): Promise<void> {
  return (loading ??= import('./choicePictureArt').then(
    (loaded) => {
      art = loaded.CHOICE_PICTURE_ART;
    },
    (error: unknown) => {
      // Offline before the chunk was cached: the choices keep their words, and the next one tries again.
      loading = null;
      console.warn('[together] The choices’ pictures could not be downloaded yet.', error);
    },
  ));
}

/**
 * A choice's picture, in a box of its own size from the start: drawn at once when the pictures
 * are here, otherwise as soon as they arrive, so nothing moves under a finger. Decoration: the
 * button's words name the choice.
 */
export function choicePicture(picture: ChoicePicture, className = 'tg-picture'): HTMLElement {
  const box = h('span', { className, 'aria-hidden': 'true', 'data-picture': picture });
  const draw = () => {
    if (art && !box.firstChild) box.append(iconElement(art[picture], 'tg-picture-svg'));
  };
  if (art) draw();
  else void loadChoicePictures().then(draw);
  return box;
}
