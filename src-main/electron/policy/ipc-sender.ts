import { isAppUrl } from './app-origin.js';

/** What the check needs of Electron's `WebFrameMain`. */
export interface SenderFrame {
  url: string;
  parent: unknown;
}

/**
 * Only the app's own page, in its top frame, may call the contract: never a subframe, never
 * a page that somehow got loaded from elsewhere, never a frame that is already gone.
 */
export function isTrustedSender(frame: SenderFrame | null | undefined): boolean {
  return frame !== null && frame !== undefined && frame.parent === null && isAppUrl(frame.url);
}
