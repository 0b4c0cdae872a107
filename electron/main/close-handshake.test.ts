import { describe, expect, it } from 'vitest';
import { CloseHandshake } from './close-handshake';

describe('CloseHandshake', () => {
  it('asks the page once, and closes when it agrees', () => {
    const handshake = new CloseHandshake();
    expect(handshake.attempt('close', true)).toEqual({ kind: 'ask', request: 1 });
    expect(handshake.agreed).toBe(false);
    expect(handshake.answer(1, true)).toEqual({ kind: 'close' });
    expect(handshake.agreed).toBe(true);
    // The close that follows the answer goes through without asking again.
    expect(handshake.attempt('close', true)).toEqual({ kind: 'allow' });
  });

  it('keeps the window when the writer cancels, and asks again next time with a new request', () => {
    const handshake = new CloseHandshake();
    expect(handshake.attempt('quit', true)).toEqual({ kind: 'ask', request: 1 });
    expect(handshake.answer(1, false)).toEqual({ kind: 'stay' });
    expect(handshake.agreed).toBe(false);
    expect(handshake.attempt('quit', true)).toEqual({ kind: 'ask', request: 2 });
    expect(handshake.answer(2, true)).toEqual({ kind: 'quit' });
  });

  it('repeats the open request while it is unanswered, and a quit during a close makes the answer quit', () => {
    const handshake = new CloseHandshake();
    expect(handshake.attempt('close', true)).toEqual({ kind: 'ask', request: 1 });
    expect(handshake.attempt('close', true)).toEqual({ kind: 'ask', request: 1 });
    expect(handshake.attempt('quit', true)).toEqual({ kind: 'ask', request: 1 });
    expect(handshake.answer(1, true)).toEqual({ kind: 'quit' });
  });

  it('ignores answers to no request, stale ones and repeats', () => {
    const handshake = new CloseHandshake();
    expect(handshake.answer(1, true)).toEqual({ kind: 'ignore' });
    handshake.attempt('close', true);
    expect(handshake.answer(7, true)).toEqual({ kind: 'ignore' });
    expect(handshake.answer(1, false)).toEqual({ kind: 'stay' });
    expect(handshake.answer(1, true)).toEqual({ kind: 'ignore' });
    expect(handshake.agreed).toBe(false);
  });

  it('does not hold a close when no page listens (loading, crashed, hung)', () => {
    const handshake = new CloseHandshake();
    expect(handshake.attempt('close', false)).toEqual({ kind: 'allow' });
  });

  it('asks afresh after the page went away with a request open, and ignores the lost answer', () => {
    const handshake = new CloseHandshake();
    expect(handshake.attempt('close', true)).toEqual({ kind: 'ask', request: 1 });
    handshake.pageGone();
    expect(handshake.attempt('close', true)).toEqual({ kind: 'ask', request: 2 });
    expect(handshake.answer(1, true)).toEqual({ kind: 'ignore' });
  });
});
