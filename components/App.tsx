import { useEffect, useState } from 'preact/hooks';
import type { SidebarActions, SidebarState } from './actions.ts';
import { Sidebar } from './Sidebar.tsx';

/** Something the sidebar state comes from (the content script's controller). */
export interface StateSource {
  subscribe(fn: (s: SidebarState) => void): () => void;
}

/** Binds the sidebar to the controller's state. */
export function App({ controller, actions }: { controller: StateSource; actions: SidebarActions }) {
  const [state, setState] = useState<SidebarState | null>(null);
  useEffect(() => controller.subscribe(setState), [controller]);
  return state ? <Sidebar state={state} actions={actions} /> : null;
}
