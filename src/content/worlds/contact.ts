import type { Scenario } from '../types';
import { contactFriendRequest } from '../scenarios/contact/friendRequest';
import { contactGiftsVoiceChat } from '../scenarios/contact/giftsVoiceChat';
import { contactMeetUp } from '../scenarios/contact/meetUp';
import { contactPersonalDetails } from '../scenarios/contact/personalDetails';
import { contactPhotoRequest } from '../scenarios/contact/photoRequest';

/** Contact: who reaches the child. In the order a child meets them. */
export const contactScenarios: Scenario[] = [
  contactFriendRequest,
  contactPhotoRequest,
  contactMeetUp,
  contactPersonalDetails,
  contactGiftsVoiceChat,
];
