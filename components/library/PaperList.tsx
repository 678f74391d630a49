import type { PaperId, PaperRecord } from '../../lib/paper';
import { PaperRow } from './PaperRow';

export const PAGE_SIZE = 100;

interface PaperListProps {
  /** Papers that match the search and filters, in display order. */
  papers: readonly PaperRecord[];
  /** Size of the whole library, or undefined while it loads. */
  libraryCount: number | undefined;
  selected: ReadonlySet<string>;
  /** How many of `papers` are rendered; the rest wait behind "Show more". */
  shown: number;
  onShowMore(): void;
  onSelect(id: PaperId, selected: boolean): void;
  onRemove(paper: PaperRecord): void;
  loadTags(): Promise<string[]>;
  onError(message: string): void;
}

/** Renders the matching papers PAGE_SIZE rows at a time, so a large library stays responsive. */
export function PaperList({ papers, libraryCount, selected, shown, onShowMore, onSelect, onRemove, loadTags, onError }: PaperListProps) {
  const rest = papers.length - shown;
  return (
    <>
      {libraryCount !== undefined && papers.length === 0 && (
        <p className="empty">
          {libraryCount === 0 ? 'The library is empty. Save papers from Hugging Face or arXiv pages, or import a file.' : 'No papers match.'}
        </p>
      )}
      {papers.slice(0, shown).map((paper) => (
        <PaperRow
          key={paper.id}
          paper={paper}
          selected={selected.has(paper.id)}
          onSelect={onSelect}
          onRemove={onRemove}
          loadTags={loadTags}
          onError={onError}
        />
      ))}
      {rest > 0 && (
        <button type="button" className="more" onClick={onShowMore}>
          Show {Math.min(PAGE_SIZE, rest)} more of {rest}
        </button>
      )}
    </>
  );
}
