import { isDoiPaperId, paperDoi } from '../../lib/ids';
import type { PaperRecord } from '../../lib/paper';

/** Formats the id as a reader cites it: "arXiv:1810.04805" or "DOI 10.18653/v1/N19-1423". */
export function citedId(paper: Pick<PaperRecord, 'id' | 'doi'>): string {
  return isDoiPaperId(paper.id) ? `DOI ${paperDoi(paper) ?? ''}` : paper.id.replace(/^arxiv:/, 'arXiv:');
}
