import {
  COMMANDS,
  COMMAND_IDS,
  bindingFor,
  commandTitle,
  keyLabel,
  whenHolds,
  type CommandContext,
  type CommandId,
  type CommandMeta,
  type KeyPlatform,
} from '../../shared/commands';

/** What a command does. Its metadata (label, keys, when) is in shared/commands. */
export type CommandRun = () => void | Promise<unknown>;

/** One run per command id: a command without a run (or a run for no command) is a type error. */
export type CommandRuns = { readonly [Id in CommandId]: CommandRun };

/** A command as the palette and the toolbar show it. */
export interface CommandEntry {
  readonly id: CommandId;
  readonly meta: CommandMeta;
  /** `File: Save` */
  readonly title: string;
  /** Its keys as this OS writes them (`Ctrl+S`, `⌘S`), or null. */
  readonly keys: string | null;
}

export interface CommandRegistry {
  readonly platform: KeyPlatform;
  /** Runs a command if its `when` holds now; true when it ran. */
  run(id: CommandId): boolean;
  isEnabled(id: CommandId): boolean;
  entry(id: CommandId): CommandEntry;
  /** The commands the palette offers now: enabled ones, in the list's order. */
  available(): CommandEntry[];
  /** The facts `when` clauses are checked against, now. */
  context(): CommandContext;
}

/**
 * The one registry the menu's commands, the toolbar, the keyboard and the palette all go
 * through: the shared metadata plus the renderer's runs, checked against the context of now.
 */
export function createCommandRegistry(runs: CommandRuns, context: () => CommandContext, platform: KeyPlatform): CommandRegistry {
  const entries = new Map<CommandId, CommandEntry>(
    COMMAND_IDS.map((id) => {
      const meta: CommandMeta = COMMANDS[id];
      const binding = bindingFor(meta.keys, platform);
      return [id, { id, meta, title: commandTitle(id), keys: binding ? keyLabel(binding, platform) : null }];
    }),
  );
  const isEnabled = (id: CommandId) => whenHolds(COMMANDS[id].when, context());
  return {
    platform,
    isEnabled,
    context,
    entry: (id) => entries.get(id)!,
    run(id) {
      if (!isEnabled(id)) return false;
      const result = runs[id]();
      // Every flow reports its own failures; a rejection here is a bug, logged rather than lost.
      if (result instanceof Promise) result.catch((error: unknown) => console.error(`[postwright] ${id} failed`, error));
      return true;
    },
    available: () => [...entries.values()].filter((entry) => entry.meta.inPalette !== false && isEnabled(entry.id)),
  };
}
