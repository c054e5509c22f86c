/**
 * The teacher's notes window and the lesson packs are pages of their own (lesson.html),
 * same origin. The notes follow the lesson through a BroadcastChannel: the game says
 * which story is on screen, never anything about the children.
 */
import type { UiContext } from '../context';

export const CLASS_CHANNEL = 'tiko-class-notes';

export interface NotesMessage {
  scenarioId: string | null;
}

export const notesUrl = (lang: string) => `lesson.html?notes=1&lang=${encodeURIComponent(lang)}`;
export const lessonPackUrl = (world: string, lang: string) =>
  `lesson.html?world=${encodeURIComponent(world)}&lang=${encodeURIComponent(lang)}`;

export function broadcastLesson(ctx: UiContext): void {
  if (typeof BroadcastChannel !== 'function') return;
  const channel = new BroadcastChannel(CLASS_CHANNEL);
  let last: string | null | undefined;
  const send = () => {
    const scenarioId = ctx.session.getState().runner?.scenarioId ?? null;
    if (scenarioId === last) return;
    last = scenarioId;
    channel.postMessage({ scenarioId } satisfies NotesMessage);
  };
  ctx.session.subscribe(send);
  // A notes window opened later asks where the lesson is.
  channel.addEventListener('message', (e: MessageEvent) => {
    if ((e.data as { ask?: boolean })?.ask) {
      last = undefined;
      send();
    }
  });
  send();
}
