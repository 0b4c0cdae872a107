/**
 * The page's own preferences (how this window looks and behaves, not what a folder holds): kept
 * in this browser profile's localStorage, one key per setting, read once and then held in memory.
 * One store for all of them, so every setting loads, checks and saves the same way, and the UI
 * subscribes once (useSyncExternalStore) instead of once per setting.
 */

/** One setting: where it is stored, its value when nothing (valid) is stored, and how it reads back. */
export interface Setting<T> {
  readonly key: string;
  readonly fallback: T;
  /** The stored string as a value, or undefined when it is not one this version understands. */
  readonly parse: (stored: string) => T | undefined;
  /** How it is written; String(value) by default. */
  readonly format?: (value: T) => string;
}

export type SettingsStorage = Pick<Storage, 'getItem' | 'setItem'>;

export interface SettingsStore {
  get<T>(setting: Setting<T>): T;
  /** Sets and remembers a value (held for this session even when storage refuses it). */
  set<T>(setting: Setting<T>, value: T): void;
  /** Called after any setting changed. */
  subscribe(listener: () => void): () => void;
  /** Bumped on every change: a snapshot value for useSyncExternalStore. */
  version(): number;
}

/** A setting that is one of a few words. */
export function choiceSetting<const T extends string>(key: string, choices: readonly T[], fallback: T): Setting<T> {
  return { key, fallback, parse: (stored) => (choices as readonly string[]).includes(stored) ? (stored as T) : undefined };
}

/** A setting that is on or off, stored as `on`/`off`. */
export function switchSetting(key: string, fallback: boolean): Setting<boolean> {
  return {
    key,
    fallback,
    parse: (stored) => (stored === 'on' ? true : stored === 'off' ? false : undefined),
    format: (value) => (value ? 'on' : 'off'),
  };
}

/** A number setting, with the bounds it is kept within (a slider or a key can read them too). */
export interface RangeSetting extends Setting<number> {
  readonly min: number;
  readonly max: number;
}

/** A number kept within [min, max]; anything else stored reads as the fallback. */
export function rangeSetting(key: string, min: number, max: number, fallback: number): RangeSetting {
  return {
    key,
    min,
    max,
    fallback,
    parse: (stored) => {
      const value = Number(stored);
      return stored.trim() !== '' && Number.isFinite(value) ? Math.min(max, Math.max(min, value)) : undefined;
    },
  };
}

const browserStorage = (): SettingsStorage | null => {
  try {
    return globalThis.localStorage ?? null;
  } catch {
    // Storage denied (a sandboxed or private context): settings last for this session.
    return null;
  }
};

export function createSettingsStore(storage: SettingsStorage | null = browserStorage()): SettingsStore {
  const values = new Map<string, unknown>();
  const listeners = new Set<() => void>();
  let version = 0;

  const read = <T>(setting: Setting<T>): T => {
    try {
      const stored = storage?.getItem(setting.key);
      return stored == null ? setting.fallback : (setting.parse(stored) ?? setting.fallback);
    } catch {
      return setting.fallback;
    }
  };

  return {
    get<T>(setting: Setting<T>): T {
      if (!values.has(setting.key)) values.set(setting.key, read(setting));
      return values.get(setting.key) as T;
    },
    set<T>(setting: Setting<T>, value: T): void {
      if (values.has(setting.key) && Object.is(values.get(setting.key), value)) return;
      values.set(setting.key, value);
      try {
        storage?.setItem(setting.key, (setting.format ?? String)(value));
      } catch {
        // Storage full or denied: the choice holds for this session.
      }
      version++;
      for (const listener of listeners) listener();
    },
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    version: () => version,
  };
}

let shared: SettingsStore | null = null;

/** The page's one store over localStorage (tests build their own with createSettingsStore). */
export function appSettings(): SettingsStore {
  shared ??= createSettingsStore();
  return shared;
}
