import { describe, expect, it } from 'vitest';
import { collisionKey, unportableReason } from './portable-names';

describe('unportableReason', () => {
  it.each(['CON', 'con.md', 'aux.md', 'NUL.markdown', 'com1.md', 'LPT9.md', 'conin$.md', 'post.md.', 'post.md ', 'a:b.md', 'what?.md', 'tab\there.md'])(
    'refuses %j',
    (name) => expect(unportableReason(name)).not.toBeNull(),
  );

  it.each(['hello.md', 'console.md', 'com10.md', 'auxiliary.md', '2024-01-02-hello.md', 'café.md', '日本語.md'])('accepts %j', (name) => {
    expect(unportableReason(name)).toBeNull();
  });
});

describe('collisionKey', () => {
  it('takes case and Unicode normalisation as the same file', () => {
    expect(collisionKey('Caf\u00e9.md')).toBe(collisionKey('cafe\u0301.MD'));
    expect(collisionKey('a.md')).not.toBe(collisionKey('b.md'));
  });
});
