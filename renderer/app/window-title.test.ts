import { describe, expect, it } from 'vitest';
import { windowTitle } from './window-title';

describe('windowTitle', () => {
  it('marks unsaved changes with a bullet', () => {
    expect(windowTitle('Hello', true)).toBe('• Hello — Postwright');
    expect(windowTitle('Hello', false)).toBe('Hello — Postwright');
    expect(windowTitle(null, false)).toBe('Postwright');
  });
});
