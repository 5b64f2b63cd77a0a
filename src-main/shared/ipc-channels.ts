/** Electron IPC channel names, shared by main and the preload script. */
export const IPC_CHANNELS = {
  /** renderer -> main, invoke: (method, arg) -> Result. */
  invoke: 'twinlens:invoke',
  /** main -> renderer: one AppEvent. */
  event: 'twinlens:event',
  /** preload -> main: the path of a file the user dropped or picked, which imports may then read. */
  grantPath: 'twinlens:grant-path',
} as const;
