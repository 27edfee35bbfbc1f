// `wie …` in the playground over real HTTP: the answer card is an ephemeral in the
// state, and the page renders the colleague as a name tag.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LocalPerson } from '../../../src/core/local-directory.ts';
import type { PlaygroundView } from '../../../adapters/local/playground-view.ts';
import { createNetworkFeature } from '../../../src/features/network/network-feature.ts';
import { createBriefingStore } from '../../../src/store/briefing-query.ts';
import { createIntroductionStore } from '../../../src/store/introduction-store.ts';
import { createNetworkStore } from '../../../src/store/network-store.ts';
import { startPlayground } from './start-playground.ts';

describe('playground: the directory', () => {
  let pg: Awaited<ReturnType<typeof startPlayground>>;
  let sanne: LocalPerson;
  beforeAll(async () => {
    pg = await startPlayground({
      now: new Date('2026-11-22T11:00:00Z'),
      features: (deps, db) => [createNetworkFeature(createNetworkStore(db, () => deps.clock.now()), createBriefingStore(db.prisma), createIntroductionStore(db.prisma), deps)],
    });
    sanne = (await pg.call<{ people: LocalPerson[] }>('GET', '/api/people')).json.people.find((p) => p.name === 'Sanne de Graaf')!;
  });
  afterAll(async () => pg?.stop());

  it('answers "wie hospice" with Thijs as a name tag', async () => {
    const res = await pg.call('POST', '/api/inbound', { as: sanne.staffId, kind: 'command', text: 'wie hospice' });
    expect(res.status).toBe(200);
    const state = (await pg.call<PlaygroundView>('GET', `/api/state?as=${sanne.staffId}`)).json;
    expect(state.ephemerals[0]!.message.text).toBe('Wie kun je bellen over “hospice”?');
    const html = await (await fetch(`${pg.base}/?as=${sanne.staffId}`)).text();
    expect(html).toMatch(/<span class="pg-mention" data-person="[^"]+">@Thijs Verhoeven<\/span>/);
  });
});
