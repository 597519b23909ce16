import { contextBridge, ipcRenderer } from 'electron';
import { callChannel, type NadzorBridge } from '../../shared/api/bridge';

/**
 * The renderer's only door to main: one function that forwards a call on one channel.
 * `ipcRenderer` itself is never exposed, so page script cannot pick other channels or listen in.
 * The sandbox requires this file to be a single CommonJS bundle (see electron.vite.config.ts).
 */
const bridge = {
  call: (method, input, meta) =>
    ipcRenderer.invoke(callChannel, method, input, meta) as ReturnType<NadzorBridge['call']>,
} satisfies NadzorBridge;

contextBridge.exposeInMainWorld('nadzor', bridge);
