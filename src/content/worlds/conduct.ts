import type { Scenario } from '../types';
import { conductBullied } from '../scenarios/conduct/bullied';
import { conductBystander } from '../scenarios/conduct/bystander';
import { conductFriendPhoto } from '../scenarios/conduct/friendPhoto';
import { conductPassword } from '../scenarios/conduct/password';
import { conductScreenTime } from '../scenarios/conduct/screenTime';

/** Conduct: what the child and peers do online. In the order a child meets them. */
export const conductScenarios: Scenario[] = [conductBullied, conductBystander, conductFriendPhoto, conductPassword, conductScreenTime];
