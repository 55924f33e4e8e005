// Tabs as the WAI-ARIA tabs pattern has them: one Tab stop (the selected tab), ← → Home End move
// between the tabs and select as they go, and each tab names the panel it controls.
import { useRef, type KeyboardEvent } from 'react';

export interface TabItem<Id extends string> {
  readonly id: Id;
  readonly label: string;
}

export const tabId = (prefix: string, id: string) => `${prefix}-tab-${id}`;
export const panelId = (prefix: string) => `${prefix}-panel`;

export function TabList<Id extends string>({ label, prefix, tabs, selected, onSelect }: { readonly label: string; readonly prefix: string; readonly tabs: readonly TabItem<Id>[]; readonly selected: Id; readonly onSelect: (id: Id) => void }) {
  const list = useRef<HTMLDivElement>(null);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    const at = tabs.findIndex((tab) => tab.id === selected);
    const next = { ArrowRight: at + 1, ArrowLeft: at - 1, Home: 0, End: tabs.length - 1 }[event.key];
    if (next === undefined) return;
    event.preventDefault();
    const target = tabs[(next + tabs.length) % tabs.length]!;
    onSelect(target.id);
    list.current?.ownerDocument.getElementById(tabId(prefix, target.id))?.focus();
  };

  return (
    <div ref={list} role="tablist" aria-label={label} className="tab-list" onKeyDown={onKeyDown}>
      {tabs.map((tab) => (
        <button key={tab.id} id={tabId(prefix, tab.id)} type="button" role="tab" aria-selected={tab.id === selected} aria-controls={panelId(prefix)} tabIndex={tab.id === selected ? 0 : -1} onClick={() => onSelect(tab.id)}>
          {tab.label}
        </button>
      ))}
    </div>
  );
}
