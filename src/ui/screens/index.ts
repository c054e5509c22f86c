/**
 * Every screen but the title, in a chunk of its own: the first download carries only what the
 * title needs, and app.ts fetches this right after the first screen is up, while the child reads
 * it (see README, Speed and size).
 */
export { SCREENS } from './registry';
export { openTeacherMenu } from '../dialogs/teacherMenu';
