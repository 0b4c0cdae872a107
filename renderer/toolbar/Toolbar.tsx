import type { ReactNode } from 'react';
import { isMacPlatform, shortcutLabel } from '../app/shortcuts';
import { ExportIcon, FolderIcon, NewPostIcon, SaveIcon } from './icons';

interface ToolbarProps {
  readonly canCreate: boolean;
  readonly hasPost: boolean;
  readonly dirty: boolean;
  readonly onOpenFolder: () => void;
  readonly onNewPost: () => void;
  readonly onSave: () => void;
  readonly onExport: () => void;
  /** Right-hand side: passing notices. */
  readonly children?: ReactNode;
}

interface ToolbarButtonProps {
  readonly label: string;
  readonly shortcut: string;
  readonly icon: ReactNode;
  readonly onClick: () => void;
  readonly disabled?: boolean;
  readonly primary?: boolean;
}

const isMac = isMacPlatform();

/** The button text is its accessible name; the shortcut is a tooltip and aria-keyshortcuts. */
function ToolbarButton({ label, shortcut, icon, onClick, disabled = false, primary = false }: ToolbarButtonProps) {
  return (
    <button
      type="button"
      className={primary ? 'button button-primary' : 'button'}
      onClick={onClick}
      disabled={disabled}
      title={`${label.replace('…', '')} (${shortcutLabel(shortcut, isMac)})`}
      aria-keyshortcuts={isMac ? `Meta+${shortcut.toUpperCase()}` : `Control+${shortcut.toUpperCase()}`}
    >
      {icon}
      <span>{label}</span>
    </button>
  );
}

/** The app's actions, always in the same place. */
export function Toolbar({ canCreate, hasPost, dirty, onOpenFolder, onNewPost, onSave, onExport, children }: ToolbarProps) {
  return (
    <header className="toolbar">
      <div className="toolbar-group">
        <ToolbarButton label="Open folder…" shortcut="o" icon={<FolderIcon />} onClick={onOpenFolder} />
        <ToolbarButton label="New post…" shortcut="n" icon={<NewPostIcon />} onClick={onNewPost} disabled={!canCreate} />
      </div>
      <div className="toolbar-status">{children}</div>
      <div className="toolbar-group">
        <ToolbarButton label="Export HTML…" shortcut="e" icon={<ExportIcon />} onClick={onExport} disabled={!hasPost} />
        <ToolbarButton label="Save" shortcut="s" icon={<SaveIcon />} onClick={onSave} disabled={!hasPost} primary={dirty} />
      </div>
    </header>
  );
}
