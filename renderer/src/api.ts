import type { NadzorBridge } from '../../shared/api/bridge';
import { createApiClient, type Transport } from '../../shared/api/client';
import { httpTransport, takeSessionToken } from './http-transport';
import { currentLanguage, i18n } from './i18n/i18n';
import { refreshAfterChanges } from './query/client';
import { watchReachability } from './state/reachability';
import { sessionToken } from './state/session-token';
import { watchSessionRefusals } from './state/session-refusals';

/** Inside Electron the preload's `window.nadzor` carries calls over IPC. */
function electronTransport(bridge: NadzorBridge): Transport {
  return async (method, input, meta) => {
    try {
      return await bridge.call(method, input, meta);
    } catch {
      return { ok: false, error: { code: 'internal', message: i18n.t('errors.network') } };
    }
  };
}

function chooseTransport(): Transport {
  if (window.nadzor) return electronTransport(window.nadzor);
  return httpTransport(takeSessionToken(), {
    network: () => i18n.t('errors.network'),
    wrongToken: () => i18n.t('errors.hostToken'),
  });
}

/** The renderer's only way to data: `api.cases.list({...})`, whichever process answers. */
export const api = createApiClient(
  refreshAfterChanges(watchSessionRefusals(watchReachability(chooseTransport()))),
  () => {
    const session = sessionToken.get();
    return { language: currentLanguage(), ...(session ? { session } : {}) };
  },
);
