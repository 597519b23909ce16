import { contextBridge, ipcRenderer } from 'electron';
import {
  callChannel,
  changesChannel,
  followChannel,
  unfollowChannel,
  type ChangeMessage,
  type NadzorBridge,
} from '../../shared/api/bridge';

/*
 * The renderer's only doors to main: one function that forwards a call on one channel, and one that
 * follows committed changes. `ipcRenderer` itself is never exposed, so page script cannot pick other
 * channels or listen in. The sandbox requires this file to be a single CommonJS bundle (see
 * electron.vite.config.ts).
 */
const listeners = new Map<number, (message: ChangeMessage) => void>();
let lastStream = 0;
ipcRenderer.on(changesChannel, (_event, message: ChangeMessage) => listeners.get(message.stream)?.(message));

const bridge = {
  call: (method, input, meta) =>
    ipcRenderer.invoke(callChannel, method, input, meta) as ReturnType<NadzorBridge['call']>,
  follow: (meta, listener) => {
    const stream = ++lastStream;
    listeners.set(stream, listener);
    ipcRenderer.send(followChannel, stream, meta);
    return () => {
      if (!listeners.delete(stream)) return;
      ipcRenderer.send(unfollowChannel, stream);
    };
  },
} satisfies NadzorBridge;

contextBridge.exposeInMainWorld('nadzor', bridge);
