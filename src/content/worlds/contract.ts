import type { Scenario } from '../types';
import { contractAppPermissions } from '../scenarios/contract/appPermissions';
import { contractFreeCoins } from '../scenarios/contract/freeCoins';
import { contractInGameShop } from '../scenarios/contract/inGameShop';
import { contractRightsTerms } from '../scenarios/contract/rightsTerms';
import { contractYouWon } from '../scenarios/contract/youWon';

/** Contract and commercial: scams, purchases, data and terms. In the order a child meets them. */
export const contractScenarios: Scenario[] = [
  contractYouWon,
  contractFreeCoins,
  contractInGameShop,
  contractAppPermissions,
  contractRightsTerms,
];
