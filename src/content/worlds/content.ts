import type { Scenario } from '../types';
import { contentAdAsVideo } from '../scenarios/content/adAsVideo';
import { contentFakeNews } from '../scenarios/content/fakeNews';
import { contentScaryPopup } from '../scenarios/content/scaryPopup';
import { contentUpsettingVideo } from '../scenarios/content/upsettingVideo';
import { contentViralChallenge } from '../scenarios/content/viralChallenge';

/** Content: what a child sees online. In the order a child meets them. */
export const contentScenarios: Scenario[] = [
  contentUpsettingVideo,
  contentFakeNews,
  contentViralChallenge,
  contentAdAsVideo,
  contentScaryPopup,
];
