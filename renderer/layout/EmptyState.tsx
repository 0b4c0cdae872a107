import type { ReactNode } from 'react';

/** A calm placeholder for the main area: what is going on, and the one thing to do next. */
export function EmptyState({ title, children, action }: { title: string; children?: ReactNode; action?: ReactNode }) {
  return (
    <div className="empty-state">
      <div className="empty-state-card">
        <h2 className="empty-state-title">{title}</h2>
        {children && <div className="empty-state-text">{children}</div>}
        {action && <div className="empty-state-action">{action}</div>}
      </div>
    </div>
  );
}
