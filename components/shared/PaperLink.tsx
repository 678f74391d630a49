import { absUrl } from '../../lib/ids';
import type { PaperRecord } from '../../lib/paper';

/** Renders the paper's title as a link to its arXiv abstract page (doi.org for a DOI id), opened in a new tab. */
export function PaperLink({ paper }: { paper: Pick<PaperRecord, 'id' | 'title' | 'links'> }) {
  return (
    <a href={paper.links.abs ?? absUrl(paper.id)} target="_blank" rel="noreferrer">
      {paper.title}
    </a>
  );
}
