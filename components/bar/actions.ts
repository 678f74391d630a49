import { createContext, useContext } from 'react';
import type { PaperSighting } from '../../lib/messages';
import type { PaperId, ReadingStatus } from '../../lib/paper';

/**
 * What a control bar can do. Each action resolves once the change is stored and the
 * paper store holds the new state, and rejects with a message a person can read.
 */
export interface BarActions {
  setSaved(paper: PaperSighting, saved: boolean): Promise<void>;
  setStatus(paper: PaperSighting, status: ReadingStatus): Promise<void>;
  addTag(paper: PaperSighting, tag: string): Promise<void>;
  removeTag(id: PaperId, tag: string): Promise<void>;
  setNote(paper: PaperSighting, note: string): Promise<void>;
  listTags(): Promise<string[]>;
  /** Copies the paper's BibTeX entry to the clipboard. */
  copyBibtex(paper: PaperSighting): Promise<void>;
}

export const BarActionsContext = createContext<BarActions | null>(null);

export function useBarActions(): BarActions {
  const actions = useContext(BarActionsContext);
  if (!actions) throw new Error('ControlBar must be rendered inside BarActionsContext');
  return actions;
}
