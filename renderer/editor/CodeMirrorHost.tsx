import { useEffect, useRef } from 'react';
import type { EditorController } from './editor-controller';

/** Where the editor's DOM goes. Mounting only moves the existing view in; nothing is rebuilt. */
export function CodeMirrorHost({ editor }: { editor: EditorController }) {
  const hostRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const host = hostRef.current;
    if (!host) return;
    editor.attach(host);
    return () => editor.detach(host);
  }, [editor]);
  return <div ref={hostRef} className="editor-host" />;
}
