import type { PaperRecord } from '../paper';
import { mergeImported } from '../import/merge';
import type { PaperShelfDatabase } from './database';
import { readStoredRecords } from './papers';

export interface ImportSummary {
  added: number;
  updated: number;
  unchanged: number;
}

/** JSON with object keys sorted, so two records compare equal whatever order their fields were set in. */
function canonicalJson(value: unknown): string {
  return JSON.stringify(value, (_key, field: unknown) =>
    field && typeof field === 'object' && !Array.isArray(field)
      ? Object.fromEntries(Object.entries(field).sort(([a], [b]) => a.localeCompare(b)))
      : field,
  );
}

/**
 * Merges validated records into the library in one transaction: either every paper is
 * written or none is. Merging keeps everything already stored, so importing the same
 * file twice changes nothing the second time.
 */
export async function importPapers(db: PaperShelfDatabase, papers: readonly PaperRecord[]): Promise<ImportSummary> {
  return db.transaction('rw', db.papers, async () => {
    const ids = [...new Set(papers.map((paper) => paper.id))];
    const before = await readStoredRecords(db, ids);

    // A file may list one paper twice; later entries merge into the earlier result.
    const after = new Map<string, PaperRecord>();
    for (const paper of papers) after.set(paper.id, mergeImported(after.get(paper.id) ?? before.get(paper.id), paper));

    const added: PaperRecord[] = [];
    const updated: PaperRecord[] = [];
    let unchanged = 0;
    for (const [id, record] of after) {
      const previous = before.get(id);
      if (!previous) added.push(record);
      else if (canonicalJson(previous) === canonicalJson(record)) unchanged += 1;
      else updated.push(record);
    }
    // The transaction locks the table, so no id in `added` can be stored by now. Should one be,
    // add fails where put would overwrite it unmerged, and the whole transaction aborts.
    await db.papers.bulkAdd(added);
    await db.papers.bulkPut(updated);
    return { added: added.length, updated: updated.length, unchanged };
  });
}
