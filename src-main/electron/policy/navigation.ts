/** The part of Electron's events the policies use: they only ever refuse. */
export interface Preventable {
  preventDefault(): void;
}

/**
 * `will-navigate`, `will-redirect`, `will-frame-navigate`: the app is one page that never
 * leaves itself (links to elsewhere, a dropped file, a script setting location: all refused).
 */
export function refuseNavigation(event: Preventable): void {
  event.preventDefault();
}

/** `will-attach-webview`: no <webview> may be created. */
export function refuseWebview(event: Preventable): void {
  event.preventDefault();
}

/** `setWindowOpenHandler`: no new windows (window.open, target=_blank, middle click). */
export function denyWindowOpen(): { action: 'deny' } {
  return { action: 'deny' };
}
