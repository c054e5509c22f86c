/**
 * The choices' pictures as SVG markup, one module per icon (scripts/vite/iconModules.ts). A chunk
 * of its own, fetched only when play together is on (together/choicePicture.ts): about 25 KB gzip
 * that a child playing alone never downloads.
 */
import artistPalette from 'virtual:icon/fluent-emoji-flat/artist-palette';
import bed from 'virtual:icon/fluent-emoji-flat/bed';
import bustsInSilhouette from 'virtual:icon/fluent-emoji-flat/busts-in-silhouette';
import camera from 'virtual:icon/fluent-emoji-flat/camera';
import cameraWithFlash from 'virtual:icon/fluent-emoji-flat/camera-with-flash';
import checkBoxWithCheck from 'virtual:icon/fluent-emoji-flat/check-box-with-check';
import checkMarkButton from 'virtual:icon/fluent-emoji-flat/check-mark-button';
import coin from 'virtual:icon/fluent-emoji-flat/coin';
import computerMouse from 'virtual:icon/fluent-emoji-flat/computer-mouse';
import counterclockwiseArrowsButton from 'virtual:icon/fluent-emoji-flat/counterclockwise-arrows-button';
import crossMark from 'virtual:icon/fluent-emoji-flat/cross-mark';
import crossMarkButton from 'virtual:icon/fluent-emoji-flat/cross-mark-button';
import crossedFingers from 'virtual:icon/fluent-emoji-flat/crossed-fingers';
import exclamationQuestionMark from 'virtual:icon/fluent-emoji-flat/exclamation-question-mark';
import eyes from 'virtual:icon/fluent-emoji-flat/eyes';
import faceWithTearsOfJoy from 'virtual:icon/fluent-emoji-flat/face-with-tears-of-joy';
import gameDie from 'virtual:icon/fluent-emoji-flat/game-die';
import handshake from 'virtual:icon/fluent-emoji-flat/handshake';
import hourglassNotDone from 'virtual:icon/fluent-emoji-flat/hourglass-not-done';
import house from 'virtual:icon/fluent-emoji-flat/house';
import identificationCard from 'virtual:icon/fluent-emoji-flat/identification-card';
import indexPointingAtTheViewer from 'virtual:icon/fluent-emoji-flat/index-pointing-at-the-viewer';
import infinity from 'virtual:icon/fluent-emoji-flat/infinity';
import key from 'virtual:icon/fluent-emoji-flat/key';
import locked from 'virtual:icon/fluent-emoji-flat/locked';
import magnifyingGlassTiltedLeft from 'virtual:icon/fluent-emoji-flat/magnifying-glass-tilted-left';
import man from 'virtual:icon/fluent-emoji-flat/man';
import megaphone from 'virtual:icon/fluent-emoji-flat/megaphone';
import memo from 'virtual:icon/fluent-emoji-flat/memo';
import mobilePhone from 'virtual:icon/fluent-emoji-flat/mobile-phone';
import mobilePhoneWithArrow from 'virtual:icon/fluent-emoji-flat/mobile-phone-with-arrow';
import mutedSpeaker from 'virtual:icon/fluent-emoji-flat/muted-speaker';
import newspaper from 'virtual:icon/fluent-emoji-flat/newspaper';
import nextTrackButton from 'virtual:icon/fluent-emoji-flat/next-track-button';
import noEntry from 'virtual:icon/fluent-emoji-flat/no-entry';
import oldMan from 'virtual:icon/fluent-emoji-flat/old-man';
import oldWoman from 'virtual:icon/fluent-emoji-flat/old-woman';
import openBook from 'virtual:icon/fluent-emoji-flat/open-book';
import pauseButton from 'virtual:icon/fluent-emoji-flat/pause-button';
import peopleHugging from 'virtual:icon/fluent-emoji-flat/people-hugging';
import personGesturingNo from 'virtual:icon/fluent-emoji-flat/person-gesturing-no';
import raisedHand from 'virtual:icon/fluent-emoji-flat/raised-hand';
import redHeart from 'virtual:icon/fluent-emoji-flat/red-heart';
import redQuestionMark from 'virtual:icon/fluent-emoji-flat/red-question-mark';
import repeatButton from 'virtual:icon/fluent-emoji-flat/repeat-button';
import rightAngerBubble from 'virtual:icon/fluent-emoji-flat/right-anger-bubble';
import school from 'virtual:icon/fluent-emoji-flat/school';
import seeNoEvilMonkey from 'virtual:icon/fluent-emoji-flat/see-no-evil-monkey';
import shoppingCart from 'virtual:icon/fluent-emoji-flat/shopping-cart';
import shushingFace from 'virtual:icon/fluent-emoji-flat/shushing-face';
import speechBalloon from 'virtual:icon/fluent-emoji-flat/speech-balloon';
import spiralCalendar from 'virtual:icon/fluent-emoji-flat/spiral-calendar';
import stopButton from 'virtual:icon/fluent-emoji-flat/stop-button';
import teacher from 'virtual:icon/fluent-emoji-flat/teacher';
import television from 'virtual:icon/fluent-emoji-flat/television';
import thinkingFace from 'virtual:icon/fluent-emoji-flat/thinking-face';
import thumbsUp from 'virtual:icon/fluent-emoji-flat/thumbs-up';
import triangularFlag from 'virtual:icon/fluent-emoji-flat/triangular-flag';
import videoCamera from 'virtual:icon/fluent-emoji-flat/video-camera';
import videoGame from 'virtual:icon/fluent-emoji-flat/video-game';
import wavingHand from 'virtual:icon/fluent-emoji-flat/waving-hand';
import wastebasket from 'virtual:icon/fluent-emoji-flat/wastebasket';
import woman from 'virtual:icon/fluent-emoji-flat/woman';
import wrappedGift from 'virtual:icon/fluent-emoji-flat/wrapped-gift';
import type { ChoicePicture } from '../../content';

/** A missing picture is a type error: every name the content may use has its image. */
export const CHOICE_PICTURE_ART: Record<ChoicePicture, string> = {
  'artist-palette': artistPalette,
  bed: bed,
  'busts-in-silhouette': bustsInSilhouette,
  camera: camera,
  'camera-with-flash': cameraWithFlash,
  'check-box-with-check': checkBoxWithCheck,
  'check-mark-button': checkMarkButton,
  coin: coin,
  'computer-mouse': computerMouse,
  'counterclockwise-arrows-button': counterclockwiseArrowsButton,
  'cross-mark': crossMark,
  'cross-mark-button': crossMarkButton,
  'crossed-fingers': crossedFingers,
  'exclamation-question-mark': exclamationQuestionMark,
  eyes: eyes,
  'face-with-tears-of-joy': faceWithTearsOfJoy,
  'game-die': gameDie,
  handshake: handshake,
  'hourglass-not-done': hourglassNotDone,
  house: house,
  'identification-card': identificationCard,
  'index-pointing-at-the-viewer': indexPointingAtTheViewer,
  infinity: infinity,
  key: key,
  locked: locked,
  'magnifying-glass-tilted-left': magnifyingGlassTiltedLeft,
  man: man,
  megaphone: megaphone,
  memo: memo,
  'mobile-phone': mobilePhone,
  'mobile-phone-with-arrow': mobilePhoneWithArrow,
  'muted-speaker': mutedSpeaker,
  newspaper: newspaper,
  'next-track-button': nextTrackButton,
  'no-entry': noEntry,
  'old-man': oldMan,
  'old-woman': oldWoman,
  'open-book': openBook,
  'pause-button': pauseButton,
  'people-hugging': peopleHugging,
  'person-gesturing-no': personGesturingNo,
  'raised-hand': raisedHand,
  'red-heart': redHeart,
  'red-question-mark': redQuestionMark,
  'repeat-button': repeatButton,
  'right-anger-bubble': rightAngerBubble,
  school: school,
  'see-no-evil-monkey': seeNoEvilMonkey,
  'shopping-cart': shoppingCart,
  'shushing-face': shushingFace,
  'speech-balloon': speechBalloon,
  'spiral-calendar': spiralCalendar,
  'stop-button': stopButton,
  teacher: teacher,
  television: television,
  'thinking-face': thinkingFace,
  'thumbs-up': thumbsUp,
  'triangular-flag': triangularFlag,
  'video-camera': videoCamera,
  'video-game': videoGame,
  'waving-hand': wavingHand,
  wastebasket: wastebasket,
  woman: woman,
  'wrapped-gift': wrappedGift,
};
