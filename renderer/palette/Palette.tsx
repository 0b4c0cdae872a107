import { useMemo } from 'react';
import type { PostSummary } from '../../shared/api';
import { isCommandId, type CommandId } from '../../shared/commands';
import type { CommandRegistry } from '../commands/command-registry';
import type { PaletteMode } from '../state/app-state';
import { QuickPick, type QuickPickItem } from './QuickPick';

interface PaletteProps {
  readonly mode: PaletteMode;
  readonly registry: CommandRegistry;
  readonly posts: readonly PostSummary[];
  /** Closes the palette and puts focus back (the editor when a post is open). */
  readonly onClose: () => void;
  readonly onRunCommand: (id: CommandId) => void;
  readonly onOpenPost: (path: string) => void;
}

/** The command palette (every command available now, with its keys) and the quick switcher of posts. */
export function Palette({ mode, registry, posts, onClose, onRunCommand, onOpenPost }: PaletteProps) {
  const items = useMemo<QuickPickItem[]>(
    () =>
      mode === 'commands'
        ? registry.available().map((entry) => ({ id: entry.id, label: entry.title, keys: entry.keys }))
        : posts.map((post) => ({ id: post.id, label: post.title, detail: post.id })),
    [mode, registry, posts],
  );
  return mode === 'commands' ? (
    <QuickPick
      key="commands"
      title="Command palette"
      placeholder="Type a command"
      items={items}
      emptyText="No command matches."
      onClose={onClose}
      onPick={(id) => isCommandId(id) && onRunCommand(id)}
    />
  ) : (
    <QuickPick
      key="posts"
      title="Go to post"
      placeholder="Type a post title"
      items={items}
      emptyText={posts.length === 0 ? 'This folder has no posts yet.' : 'No post title matches.'}
      onClose={onClose}
      onPick={onOpenPost}
    />
  );
}
