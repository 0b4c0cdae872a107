import { useRef, useState, type KeyboardEvent, type PointerEvent, type ReactNode } from 'react';
import { clampRatio, DEFAULT_RATIO, loadRatio, MAX_RATIO, MIN_RATIO, storeRatio } from './split-ratio';

const KEY_STEP = 0.05;

/**
 * Two panes side by side with a divider that drags, and moves with the arrow keys when focused
 * (a focusable "separator", as the ARIA window-splitter pattern describes). Double-click resets.
 */
interface SplitViewProps {
  readonly start: ReactNode;
  /** Null while the second pane is hidden (View ▸ Toggle Preview). */
  readonly end: ReactNode | null;
  /** The start pane's id: the splitter says it controls that pane (aria-controls). */
  readonly startId?: string;
}

export function SplitView({ start, end, startId }: SplitViewProps) {
  const containerRef = useRef<HTMLDivElement>(null);
  const [ratio, setRatio] = useState(loadRatio);

  const update = (next: number) => {
    const clamped = clampRatio(next);
    setRatio(clamped);
    storeRatio(clamped);
  };

  const onPointerDown = (event: PointerEvent<HTMLDivElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
  };
  const onPointerMove = (event: PointerEvent<HTMLDivElement>) => {
    const container = containerRef.current;
    if (!container || !event.currentTarget.hasPointerCapture(event.pointerId)) return;
    const box = container.getBoundingClientRect();
    update((event.clientX - box.left) / box.width);
  };
  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const moves: Record<string, number> = {
      ArrowLeft: ratio - KEY_STEP,
      ArrowRight: ratio + KEY_STEP,
      Home: MIN_RATIO,
      End: MAX_RATIO,
      Enter: DEFAULT_RATIO,
    };
    const next = moves[event.key];
    if (next === undefined) return;
    event.preventDefault();
    update(next);
  };

  // The second pane hidden (View ▸ Toggle Preview): the first takes the whole width.
  if (end === null) {
    return (
      <div ref={containerRef} className="split-view" style={{ gridTemplateColumns: 'minmax(0, 1fr)' }}>
        {start}
      </div>
    );
  }

  return (
    <div ref={containerRef} className="split-view" style={{ gridTemplateColumns: `minmax(0, ${ratio}fr) auto minmax(0, ${1 - ratio}fr)` }}>
      {start}
      <div
        className="split-divider"
        role="separator"
        aria-orientation="vertical"
        aria-label="Resize editor and preview"
        aria-controls={startId}
        aria-valuemin={MIN_RATIO * 100}
        aria-valuemax={MAX_RATIO * 100}
        aria-valuenow={Math.round(ratio * 100)}
        aria-valuetext={`Editor ${Math.round(ratio * 100)}%, preview ${Math.round((1 - ratio) * 100)}%`}
        tabIndex={0}
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onKeyDown={onKeyDown}
        onDoubleClick={() => update(DEFAULT_RATIO)}
      />
      {end}
    </div>
  );
}
