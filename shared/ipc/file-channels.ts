/**
 * The IPC channels of Electron's file uploads (a file dropped or picked in
 * the window, sent to the core in chunks): kept free of schemas like
 * call-names.ts, so the preload can name them without bundling zod.
 */
export const fileChannels = {
  begin: 'glossator-files:begin',
  chunk: 'glossator-files:chunk',
  finish: 'glossator-files:finish',
  abort: 'glossator-files:abort',
} as const;
