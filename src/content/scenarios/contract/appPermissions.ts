import { END, type PermissionRequest, type PracticeStep } from '../../types';
import { choose, request, safe, scenario, thinkAgain, type ScenarioKey } from '../scenarioBuilder';

/**
 * Practice: the phone's permission dialogs for the drawing app. The camera
 * fits (photos of paper drawings); location and contacts do not. Allowing
 * them plays out ("Rainbow Brush can now see where you are"), as does
 * refusing the camera (its photo button stops working).
 */
const answerTheDialogs = (k: ScenarioKey): PracticeStep => {
  const ask = (kind: PermissionRequest['kind'], fits: PermissionRequest['fits']): PermissionRequest => ({
    id: kind,
    kind,
    question: k(`dialogs.${kind}.question`),
    fits,
    otherwise: {
      id: `${kind}-${fits === 'allow' ? 'deny' : 'allow'}`,
      playsOut: k(`dialogs.${kind}.playsOut`),
      outcome: [k(`dialogs.${kind}.outcome`)],
    },
  });
  return {
    kind: 'practice',
    id: 'dialogs',
    mood: 'talking',
    lines: [k('dialogs.line1')],
    situation: [],
    task: {
      task: 'permissions',
      instruction: k('dialogs.instruction'),
      app: k('app'),
      requests: [ask('camera', 'allow'), ask('location', 'deny'), ask('contacts', 'deny')],
    },
    outcome: [k('dialogs.outcome')],
    next: 'mic',
  };
};

/**
 * A new drawing app (for sharing pictures with the class) asks for the
 * child's camera, location and contacts, then the microphone. The safe path
 * is to ask what the app really needs, allow only that, and decide with a grown-up.
 */
export const contractAppPermissions = scenario(
  { family: 'contract', id: 'contract-app-permissions', setting: 'photo-sharing', messages: ['private', 'rights'], help: ['trustedAdult'] },
  [
    choose('ask', { mood: 'talking', lines: 2, situation: [request('app', 'location'), request('app', 'contacts')] }, [
      thinkAgain('allow-all', 'concerned'),
      safe('needs', 'dialogs'),
      thinkAgain('friends-only', 'thinking'),
    ]),
    answerTheDialogs,
    choose('mic', { mood: 'thinking', lines: 1, situation: [request('app')] }, [
      thinkAgain('allow', 'concerned'),
      safe('ask-adult', END),
      thinkAgain('any-button', 'thinking'),
    ]),
  ],
);
