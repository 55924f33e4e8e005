// The instances (cards and the add form) below the portal list. Once there is a list, the panel
// can be folded away so the list gets the window; it starts open, so a card's session and its
// actions are always one glance away.
import { useId, useState, type ReactNode } from 'react';

export function InstancesPanel({ foldable, count, children }: { readonly foldable: boolean; readonly count: number; readonly children: ReactNode }) {
  const contentId = useId();
  const [open, setOpen] = useState(true);
  if (!foldable) return <div className="instances-panel">{children}</div>;
  return (
    <div className={`instances-panel foldable${open ? ' open' : ''}`}>
      <button type="button" className="panel-toggle" aria-expanded={open} aria-controls={contentId} onClick={() => setOpen(!open)}>
        <span className="chevron" aria-hidden="true" />
        Instances ({count})
      </button>
      <div id={contentId} className="instances-panel-content" hidden={!open}>
        {children}
      </div>
    </div>
  );
}
