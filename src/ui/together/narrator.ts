import type { UiContext } from '../context';
import { spokenBy } from '../widgets/dom';
import { loadChoicePictures } from './choicePicture';
import { togetherOn } from './together';

/** The words of what is happening in the stage (a request, a message), speaker first. */
function situationLines(screen: Element): string[] {
  return [...screen.querySelectorAll('.situation-item')].flatMap((item) =>
    [item.querySelector('.situation-from'), item.querySelector('.situation-text')].map((el) => el?.textContent?.trim() ?? ''),
  );
}

/**
 * Play together: whatever a screen's first read-aloud button would read (Tiko's line, a question
 * and its choices, Tiko's answer to a choice, a card) is read as soon as it shows, and a message
 * in the stage the first time it shows, through the same speaker as the buttons. Only new words
 * are read: a redraw that shows the same ones (a voice or words arriving) stays quiet. Nothing
 * moves on by itself: the child still presses Next.
 */
export function installTogether(ctx: UiContext, root: HTMLElement): void {
  let lastLines = '';
  let lastSituation = '';
  const read = () => {
    const { settings } = ctx.game.getState();
    // The attract screen speaks its own invitation; sound turned off means silence.
    if (!togetherOn(ctx) || !settings.sound || ctx.session.getState().screen === 'attract') {
      lastLines = lastSituation = '';
      return;
    }
    const screen = root.querySelector('#screen');
    const button = screen?.querySelector<HTMLElement>('.read-aloud');
    if (!screen || !button) return;
    const lines = spokenBy(button) ?? [];
    const situation = situationLines(screen).filter(Boolean);
    const linesKey = lines.join('\n');
    const situationKey = situation.join('\n');
    const newSituation = situationKey !== lastSituation;
    if (linesKey === lastLines && !newSituation) return;
    lastLines = linesKey;
    lastSituation = situationKey;
    ctx.speaker.speak([...lines, ...(newSituation ? situation : [])], ctx.i18n.language);
  };
  new MutationObserver(read).observe(root, { childList: true, subtree: true });

  // The pictures come before the first choice needs them.
  const preload = () => {
    if (togetherOn(ctx)) void loadChoicePictures();
  };
  ctx.game.subscribe(preload);
  ctx.session.subscribe(preload);
  preload();
}
