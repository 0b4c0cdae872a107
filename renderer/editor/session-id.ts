import { Facet } from '@codemirror/state';
import type { PostId } from '../../shared/api';

/**
 * Which post an EditorState belongs to, stored in the state itself. The one EditorView switches
 * between states, so an update tells whose it is without asking what is "active" right now.
 */
export const sessionId = Facet.define<PostId, PostId | null>({ combine: (values) => values[0] ?? null });
