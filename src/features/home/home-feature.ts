// The home view as a feature: the bot asks the one feature with `home` when a
// person opens the bot's home (Slack App Home, a Teams personal tab).
import type { Feature } from '../../bot/feature.ts';
import { buildHome } from './build-home.ts';
import type { HomePorts } from './home-ports.ts';

export function createHomeFeature(ports: HomePorts): Feature {
  return { name: 'home', home: (turn) => buildHome(turn, ports) };
}
