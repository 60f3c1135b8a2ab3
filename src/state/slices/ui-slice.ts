import type { StateCreator } from 'zustand';
import type { AppState, UiSlice } from '../types';

let nextNoticeId = 1;

export const createUiSlice: StateCreator<AppState, [], [], UiSlice> = (set) => ({
  hydrated: false,
  saveStatus: { kind: 'idle' },
  notices: [],
  selectedScenarioId: null,
  setHydrated: (hydrated) => set({ hydrated }),
  setSaveStatus: (saveStatus) => set({ saveStatus }),
  notify: (notice) => set((s) => ({ notices: [...s.notices.slice(-4), { ...notice, id: nextNoticeId++ }] })),
  dismissNotice: (id) => set((s) => ({ notices: s.notices.filter((n) => n.id !== id) })),
  selectScenario: (selectedScenarioId) => set({ selectedScenarioId }),
});
