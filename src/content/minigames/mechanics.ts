import type { MiniGameType } from '../types';

/**
 * What a child does in each type of mini-game, for teachers (docs/CURRICULUM.md
 * is generated from it). Not shown in the game, so English only.
 */
export const MINI_GAME_MECHANICS: Record<MiniGameType, string> = {
  'chat-triage':
    'chat triage: messages arrive one by one in a pretend chat list; the child answers, ignores, blocks or reports each (drag the message onto an action, or tap it); answering a stranger who asks for private details plays out for a beat, then rewinds',
  detective:
    'detective: the child zooms into a post’s sender, label ("Sponsored"), date and link (tap a part, or drag the magnifying glass onto it) to find the clues, then judges it: looks real, or check first',
  'kindness-remix':
    'kindness remix: each hurtful line of a group-chat message is replaced by a phrase tile (drag or tap); a line that still hurts is named and comes back out; then the child picks a private message that supports the person it was about',
  'popup-patrol':
    'pop-up patrol + passphrase: pop-ups are closed by their real ✕ (the big button of a trick plays out for a beat) and fine ones accepted; then a passphrase is built from word tiles (drag or tap), and a guessable tile is named and taken out',
};
