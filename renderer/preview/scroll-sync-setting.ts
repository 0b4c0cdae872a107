import { createStoredSwitch, type StoredSwitch } from '../state/stored-switch';

/** Whether the editor and the preview scroll together: on by default, remembered in this browser profile. */
export type ScrollSyncSetting = StoredSwitch;

export const createScrollSyncSetting = (storage?: Pick<Storage, 'getItem' | 'setItem'> | null): ScrollSyncSetting => createStoredSwitch('postwright.scrollSync', storage);
