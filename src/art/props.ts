/**
 * The things the story pictures show, each an emoji of Fluent Emoji Flat (Microsoft, MIT),
 * extracted at build time, with the English words a story uses for it: a test checks that every
 * thing drawn is named in the text on screen at that moment.
 */
export interface Prop {
  /** The icon's name in Fluent Emoji Flat. */
  icon: string;
  cue: RegExp;
}

export const PROPS = {
  stranger: {
    icon: 'bust-in-silhouette',
    cue: /StarRider|GoldFox|CloudJumper|PrizeTeam|IronWolf|CoinKing|JokeKing|FunnyBunny|SpeedyFox|ToyTimeMax|player/,
  },
  friendRequest: { icon: 'incoming-envelope', cue: /request/ },
  chat: { icon: 'speech-balloon', cue: /chat|message|writes|answer|group/i },
  secret: { icon: 'shushing-face', cue: /secret|don't tell/i },
  lock: { icon: 'locked', cue: /block|private/i },
  flag: { icon: 'triangular-flag', cue: /report/i },
  game: { icon: 'video-game', cue: /game|play/i },
  photo: { icon: 'camera-with-flash', cue: /photo/i },
  compliment: { icon: 'star-struck', cue: /compliment|best/i },
  park: { icon: 'deciduous-tree', cue: /park/i },
  trophy: { icon: 'trophy', cue: /won|first|prize/i },
  house: { icon: 'house', cue: /address/i },
  school: { icon: 'school', cue: /school/i },
  phoneNumber: { icon: 'telephone-receiver', cue: /phone number/i },
  gift: { icon: 'wrapped-gift', cue: /gift/i },
  wings: { icon: 'wing', cue: /wings/i },
  headphone: { icon: 'headphone', cue: /voice chat/i },
  mute: { icon: 'muted-speaker', cue: /\bmute/i },
  cat: { icon: 'cat-face', cue: /\bcats?\b/i },
  video: { icon: 'clapper-board', cue: /video/i },
  list: { icon: 'clipboard', cue: /list/i },
  hug: { icon: 'red-heart', cue: /hug|kind/i },
  newspaper: { icon: 'newspaper', cue: /news|headline|post/i },
  shocked: { icon: 'astonished-face', cue: /shocked/i },
  magnifier: { icon: 'magnifying-glass-tilted-left', cue: /look|check/i },
  sun: { icon: 'sun-with-face', cue: /holiday|summer/i },
  stairs: { icon: 'ladder', cue: /stairs/i },
  movieCamera: { icon: 'movie-camera', cue: /film|video/i },
  dragon: { icon: 'dragon', cue: /dragon/i },
  label: { icon: 'label', cue: /paid partnership|\bad\b/i },
  link: { icon: 'link', cue: /link/i },
  key: { icon: 'key', cue: /password|passphrase/i },
  warning: { icon: 'warning', cue: /virus|warning|alert/i },
  volcano: { icon: 'volcano', cue: /volcano/i },
  gear: { icon: 'gear', cue: /settings|update/i },
  shield: { icon: 'shield', cue: /safe|protect|strong/i },
  camera: { icon: 'camera', cue: /screenshot/i },
  laughing: { icon: 'face-with-tears-of-joy', cue: /laugh|😂|funny/i },
  smiley: { icon: 'smiling-face-with-smiling-eyes', cue: /smiley|smile/i },
  moon: { icon: 'crescent-moon', cue: /late|night|tonight/i },
  bed: { icon: 'bed', cue: /\bbed\b|sleep|rest/i },
  alarm: { icon: 'alarm-clock', cue: /reminder/i },
  dino: { icon: 'sauropod', cue: /dinosaur/i },
  card: { icon: 'credit-card', cue: /\bcard\b/i },
  castle: { icon: 'castle', cue: /castle/i },
  hourglass: { icon: 'hourglass-not-done', cue: /minutes left|countdown/i },
  bike: { icon: 'bicycle', cue: /\bbike\b/i },
  coins: { icon: 'coin', cue: /coins/i },
  palette: { icon: 'artist-palette', cue: /draw/i },
  pin: { icon: 'round-pushpin', cue: /where/i },
  contacts: { icon: 'busts-in-silhouette', cue: /contacts/i },
  mic: { icon: 'microphone', cue: /microphone/i },
  page: { icon: 'page-facing-up', cue: /terms|page|line/i },
  check: { icon: 'check-mark-button', cue: /agree|tick/i },
  cross: { icon: 'cross-mark', cue: /\bno\b|don't|doesn't/i },
  memo: { icon: 'memo', cue: /words/i },
  party: { icon: 'party-popper', cue: /./ },
} satisfies Record<string, Prop>;

export type PropId = keyof typeof PROPS;
