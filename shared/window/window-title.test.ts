import { describe, expect, it } from 'vitest';
import { isEditedTitle, windowTitle } from './window-title';

describe('windowTitle', () => {
  it('shows the post and the folder, marking unsaved changes with a bullet', () => {
    expect(windowTitle({ post: 'Hello', folder: 'blog', dirty: true })).toBe('• Hello — blog — Postwright');
    expect(windowTitle({ post: 'Hello', folder: 'blog', dirty: false })).toBe('Hello — blog — Postwright');
  });

  it('leaves out what is not open, and never marks a title without a post', () => {
    expect(windowTitle({ post: null, folder: 'blog', dirty: true })).toBe('blog — Postwright');
    expect(windowTitle({ post: null, folder: null, dirty: false })).toBe('Postwright');
  });

  it('is read back by the shell: edited exactly when the page marked it', () => {
    expect(isEditedTitle(windowTitle({ post: 'Hello', folder: 'blog', dirty: true }))).toBe(true);
    expect(isEditedTitle(windowTitle({ post: 'Hello', folder: 'blog', dirty: false }))).toBe(false);
    // A post whose own title starts with a bullet is not mistaken for an edited one.
    expect(windowTitle({ post: '•• Notes', folder: 'blog', dirty: false })).toBe('Notes — blog — Postwright');
    expect(isEditedTitle(windowTitle({ post: '• Notes', folder: 'blog', dirty: false }))).toBe(false);
    expect(isEditedTitle('Postwright')).toBe(false);
  });

  it('says how saving stands after the post (autosave makes it change by itself)', () => {
    expect(windowTitle({ post: 'Hello', folder: 'blog', dirty: false, status: 'Saved' })).toBe('Hello (Saved) — blog — Postwright');
    expect(windowTitle({ post: 'Hello', folder: 'blog', dirty: true, status: 'Save failed' })).toBe('• Hello (Save failed) — blog — Postwright');
    expect(windowTitle({ post: null, folder: 'blog', dirty: false, status: 'Saved' })).toBe('blog — Postwright');
  });
});
