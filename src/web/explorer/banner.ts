// Messages to the user: an error banner (with Retry when the action can be repeated)
// and a polite status line for work in progress.
import { ApiError } from './api';
import { byId } from './dom';

const banner = byId('banner');
const text = byId('banner-text');
const retryButton = byId<HTMLButtonElement>('banner-retry');
const statusLine = byId('status');

let retryAction: (() => void) | null = null;
let busy = 0;

export function showError(err: unknown, retry?: () => void): void {
  const message =
    err instanceof ApiError
      ? err.code
        ? `${err.message} (${err.code})`
        : err.message
      : `Something went wrong in the page: ${err instanceof Error ? err.message : String(err)}`;
  text.textContent = message;
  retryAction = retry ?? null;
  retryButton.hidden = !retry;
  banner.dataset.kind = err instanceof ApiError ? err.kind : 'page';
  banner.hidden = false;
}

export function clearError(): void {
  banner.hidden = true;
  retryAction = null;
}

/** Show `message` while `work` runs (the line clears when nothing is running). */
export async function whileBusy<T>(message: string, work: () => Promise<T>): Promise<T> {
  busy += 1;
  statusLine.textContent = message;
  try {
    return await work();
  } finally {
    busy -= 1;
    if (busy === 0) statusLine.textContent = '';
  }
}

/** A note that stays until the next one (e.g. "only the first 200 relationships are shown"). */
export function note(message: string): void {
  if (busy === 0) statusLine.textContent = message;
}

byId('banner-close').addEventListener('click', clearError);
retryButton.addEventListener('click', () => {
  const again = retryAction;
  clearError();
  again?.();
});
