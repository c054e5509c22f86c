/** The title's entry lives in the first download; the others come with the screens chunk. */
import type { ScreenEntry } from './screenEntry';
import { titleScreen } from './titleScreen';

export const titleEntry: ScreenEntry = {
  instance: () => 'title',
  render: (ctx) => ({ el: titleScreen(ctx) }),
  back: null,
  stage: () => ({ kind: 'none' }),
  music: () => null,
};
