import type { ComponentChildren } from 'preact';
import { useId, useRef, useState } from 'preact/hooks';

export interface TabSpec {
  readonly id: string;
  readonly label: string;
  readonly render: () => ComponentChildren;
}

/**
 * WAI-ARIA tabs with automatic activation: Left/Right (wrapping), Home and End move between tabs;
 * only the selected tab is in the tab order. A panel is mounted the first time it is shown and kept,
 * so its state survives switching back and forth.
 */
export function Tabs({
  label,
  tabs,
}: {
  readonly label: string;
  readonly tabs: readonly TabSpec[];
}) {
  const base = useId();
  const [selected, setSelected] = useState(tabs[0]?.id ?? '');
  const [visited, setVisited] = useState<ReadonlySet<string>>(() => new Set([selected]));
  const buttons = useRef<Record<string, HTMLButtonElement | null>>({});

  const select = (id: string, focus: boolean): void => {
    setSelected(id);
    setVisited((previous) => (previous.has(id) ? previous : new Set([...previous, id])));
    if (focus) buttons.current[id]?.focus();
  };

  const onKeyDown = (event: KeyboardEvent): void => {
    const index = tabs.findIndex((tab) => tab.id === selected);
    const last = tabs.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? index === last
          ? 0
          : index + 1
        : event.key === 'ArrowLeft'
          ? index === 0
            ? last
            : index - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    const target = tabs[next];
    if (!target) return;
    event.preventDefault();
    select(target.id, true);
  };

  return (
    <div class="tabs">
      <div class="tablist" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.id}
            ref={(element) => {
              buttons.current[tab.id] = element;
            }}
            type="button"
            role="tab"
            class="tab"
            id={`${base}-tab-${tab.id}`}
            aria-selected={tab.id === selected}
            aria-controls={`${base}-panel-${tab.id}`}
            tabIndex={tab.id === selected ? 0 : -1}
            data-testid={`tab-${tab.id}`}
            onClick={() => select(tab.id, false)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      {tabs.map((tab) => (
        <div
          key={tab.id}
          role="tabpanel"
          class="tabpanel"
          id={`${base}-panel-${tab.id}`}
          aria-labelledby={`${base}-tab-${tab.id}`}
          tabIndex={0}
          hidden={tab.id !== selected}
          data-testid={`panel-${tab.id}`}
        >
          {visited.has(tab.id) ? tab.render() : null}
        </div>
      ))}
    </div>
  );
}
