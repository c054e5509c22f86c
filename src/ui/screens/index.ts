/**
 * Every screen but the title, in a chunk of its own: the first download carries only what the
 * title needs, and app.ts fetches this right after the first screen is up, while the child reads
 * it (see README, Speed and size).
 */
export { mapScreen } from './mapScreen';
export { rewardScreen } from './rewardScreen';
export { scenarioScreen } from './scenarioScreen';
export { worldScreen } from './worldScreen';
export { miniGameScreen, stopCardTimer } from './miniGameScreen';
export { certificateScreen } from './certificateScreen';
export { attractScreen, stopAttractCycle } from './attractScreen';
export { tourEndScreen } from './tourEndScreen';
export { openTeacherMenu } from '../dialogs/teacherMenu';
export { guideScreen } from './guideScreen';
