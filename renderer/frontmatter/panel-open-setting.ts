import { createStoredSwitch, type StoredSwitch } from '../state/stored-switch';

/** Whether the front matter panel is expanded: open by default, remembered in this browser profile. */
export type PanelOpenSetting = StoredSwitch;

export const createPanelOpenSetting = (storage?: Pick<Storage, 'getItem' | 'setItem'> | null): PanelOpenSetting => createStoredSwitch('postwright.frontMatterPanel', storage);

/** Whether the panel's "Other fields" are shown: closed by default, remembered. */
export const createOtherFieldsSetting = (storage?: Pick<Storage, 'getItem' | 'setItem'> | null): StoredSwitch =>
  createStoredSwitch('postwright.frontMatterOtherFields', storage, false);
