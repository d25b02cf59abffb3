import type { LimberCore } from '../core/limber-core';
import type { Handlers } from './dispatch';

/** Binds each channel to the core. Handlers receive input already validated by the dispatcher. */
export function createHandlers(core: LimberCore): Handlers {
  return {
    journal: {
      addEpisode: (input) => core.episodes.add(input),
      listEpisodes: (query) => core.episodes.list(query),
      updateEpisode: (input) => core.episodes.update(input),
      deleteEpisode: ({ id }) => core.episodes.remove(id),
      restoreEpisode: ({ id }) => core.episodes.restore(id),
    },
  };
}
