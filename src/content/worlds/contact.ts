import type { Scenario } from '../types';
import { contactFriendRequest } from '../scenarios/contact/friendRequest';

/** Contact: who reaches the child. In the order a child meets them. */
export const contactScenarios: Scenario[] = [contactFriendRequest];
