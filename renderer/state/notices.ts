import type { NoticeAction } from './app-state';
import type { AppStore } from './app-store';

export interface Notices {
  /** An error the writer must see, until dismissed or replaced; null clears it. */
  showAlert(message: string | null): void;
  /** A passing confirmation that goes away by itself, with at most one button (Undo). */
  showNotice(message: string, action?: NoticeAction): void;
}

export function createNotices(store: AppStore, noticeMs = 6000): Notices {
  let timer: ReturnType<typeof setTimeout> | undefined;
  return {
    showAlert: (message) => store.dispatch({ type: 'alert', message }),
    showNotice(message, action) {
      store.dispatch({ type: 'notice', message, action: action ?? null });
      clearTimeout(timer);
      timer = setTimeout(() => {
        if (store.getState().notice === message) store.dispatch({ type: 'notice', message: null });
      }, action ? noticeMs * 2 : noticeMs);
    },
  };
}
