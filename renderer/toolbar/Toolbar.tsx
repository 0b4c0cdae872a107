import type { ReactNode } from 'react';
import { COMMANDS, COMMAND_IDS, ariaKeyShortcut, bindingFor, type CommandContext, type CommandId, type CommandMeta } from '../../shared/commands';
import type { CommandRegistry } from '../commands/command-registry';
import { ExportIcon, FolderIcon, NewPostIcon, PreviewIcon, SaveIcon, SidebarIcon } from './icons';

const ICONS: Partial<Record<CommandId, ReactNode>> = {
  'file.openFolder': <FolderIcon />,
  'file.newPost': <NewPostIcon />,
  'file.exportHtml': <ExportIcon />,
  'file.save': <SaveIcon />,
  'view.toggleSidebar': <SidebarIcon />,
  'view.togglePreview': <PreviewIcon />,
};

interface ToolbarProps {
  readonly registry: CommandRegistry;
  /** The facts now (re-rendered when they change), deciding which buttons are enabled. */
  readonly context: CommandContext;
  /** Middle: passing notices. */
  readonly children?: ReactNode;
  /** Toggle buttons and whether each is on now (aria-pressed). */
  readonly pressed?: Partial<Record<CommandId, boolean>>;
}

/** The commands that have a `toolbar` entry in shared/commands, always in the same place. */
export function Toolbar({ registry, context, children, pressed = {} }: ToolbarProps) {
  const button = (id: CommandId) => {
    const meta: CommandMeta = COMMANDS[id];
    const entry = registry.entry(id);
    const binding = bindingFor(meta.keys, registry.platform);
    const label = meta.toolbar!.label;
    // Save stands out while the open post has unsaved changes.
    const primary = id === 'file.save' && context.postDirty;
    return (
      <button
        key={id}
        type="button"
        className={primary ? 'button button-primary' : 'button'}
        onClick={() => registry.run(id)}
        disabled={!(meta.when ?? []).every((key) => context[key])}
        title={entry.keys ? `${label.replace('…', '')} (${entry.keys})` : label.replace('…', '')}
        aria-keyshortcuts={binding ? ariaKeyShortcut(binding, registry.platform) : undefined}
        aria-pressed={pressed[id]}
      >
        {ICONS[id]}
        <span>{label}</span>
      </button>
    );
  };
  const place = (id: CommandId) => COMMANDS[id].toolbar;
  const side = (which: 'start' | 'end') =>
    COMMAND_IDS.filter((id) => place(id)?.side === which).sort((a, b) => place(a)!.position - place(b)!.position);
  return (
    <header className="toolbar">
      <div className="toolbar-group">{side('start').map(button)}</div>
      <div className="toolbar-status">{children}</div>
      <div className="toolbar-group">{side('end').map(button)}</div>
    </header>
  );
}
