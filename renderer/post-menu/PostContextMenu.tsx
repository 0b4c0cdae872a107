import { useEffect, useLayoutEffect, useRef, useState } from 'react';

export interface PostMenuRequest {
  readonly id: string;
  /** Where to show it: the pointer, or the row's corner when opened from the keyboard. */
  readonly x: number;
  readonly y: number;
  /** Focus goes back here when the menu closes. */
  readonly returnFocus: HTMLElement | null;
}

export interface PostMenuItem {
  readonly label: string;
  readonly run: () => void;
  readonly danger?: boolean;
}

/**
 * The post list's context menu (right click, Shift+F10 or the ContextMenu key on a row): a WAI-ARIA
 * menu with arrow keys, Home/End, Enter/Space, Escape and Tab to close. Kept out of the sidebar
 * so the list only has to report which row asked and where.
 */
export function PostContextMenu({ request, items, onClose }: { request: PostMenuRequest; items: readonly PostMenuItem[]; onClose: () => void }) {
  const menu = useRef<HTMLUListElement>(null);
  const [active, setActive] = useState(0);
  const [position, setPosition] = useState({ left: request.x, top: request.y });

  const close = (refocus = true) => {
    onClose();
    if (refocus) request.returnFocus?.focus();
  };

  // Kept inside the window: a row near the bottom or right edge opens the menu up or left.
  useLayoutEffect(() => {
    const box = menu.current?.getBoundingClientRect();
    if (!box) return;
    setPosition({
      left: Math.max(4, Math.min(request.x, window.innerWidth - box.width - 4)),
      top: Math.max(4, Math.min(request.y, window.innerHeight - box.height - 4)),
    });
  }, [request.x, request.y]);

  useEffect(() => {
    (menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active])?.focus();
  }, [active]);

  useEffect(() => {
    const outside = (event: PointerEvent) => {
      if (!menu.current?.contains(event.target as Node)) close(false);
    };
    const away = () => close(false);
    document.addEventListener('pointerdown', outside, true);
    window.addEventListener('blur', away);
    window.addEventListener('resize', away);
    return () => {
      document.removeEventListener('pointerdown', outside, true);
      window.removeEventListener('blur', away);
      window.removeEventListener('resize', away);
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, []);

  const onKeyDown = (event: React.KeyboardEvent) => {
    const last = items.length - 1;
    const moves: Record<string, () => number> = {
      ArrowDown: () => (active >= last ? 0 : active + 1),
      ArrowUp: () => (active <= 0 ? last : active - 1),
      Home: () => 0,
      End: () => last,
    };
    if (event.key in moves) {
      event.preventDefault();
      setActive(moves[event.key]!());
    } else if (event.key === 'Escape') {
      event.preventDefault();
      event.stopPropagation();
      close();
    } else if (event.key === 'Tab') {
      event.preventDefault();
      close();
    }
  };

  return (
    <ul
      ref={menu}
      role="menu"
      aria-label="Post"
      className="context-menu"
      style={{ left: position.left, top: position.top }}
      onKeyDown={onKeyDown}
      onContextMenu={(event) => event.preventDefault()}
    >
      {items.map((item, index) => (
        <li key={item.label} role="none">
          <button
            type="button"
            role="menuitem"
            tabIndex={index === active ? 0 : -1}
            className={item.danger ? 'context-menu-item is-danger' : 'context-menu-item'}
            onMouseEnter={() => setActive(index)}
            onClick={() => {
              close();
              item.run();
            }}
          >
            {item.label}
          </button>
        </li>
      ))}
    </ul>
  );
}

/**
 * Where a row's menu opens: at the pointer for a right click, under the row when the keyboard
 * asked (Shift+F10 or the ContextMenu key make the browser fire `contextmenu` on the focused row).
 */
export function postMenuRequest(id: string, event: React.MouseEvent<HTMLElement>): PostMenuRequest {
  event.preventDefault();
  const row = event.currentTarget;
  // A keyboard-fired contextmenu is not from a mouse button press: no buttons held, detail 0.
  const fromKeyboard = event.button === 0 && event.buttons === 0 && event.detail === 0;
  if (fromKeyboard || (event.clientX === 0 && event.clientY === 0)) {
    const box = row.getBoundingClientRect();
    return { id, x: box.left + 16, y: box.bottom - 4, returnFocus: row };
  }
  return { id, x: event.clientX, y: event.clientY, returnFocus: row };
}
