import { mergeMetadata } from '../metadata';
import type { PaperRecord } from '../paper';
import { addTag } from '../tags';

/** Line put between the stored note and an imported note that differs from it. */
export const NOTE_SEPARATOR = '\n\n---\n\n';

/**
 * Keeps both notes when they differ. An imported note already contained in the stored
 * one is not added again, so importing the same file twice changes nothing.
 */
export function mergeNotes(existing: string, incoming: string): string {
  const imported = incoming.trim();
  if (!imported) return existing;
  if (!existing.trim()) return incoming;
  if (existing === incoming || existing.includes(imported)) return existing;
  return `${existing.trimEnd()}${NOTE_SEPARATOR}${imported}`;
}

/** Tags of both records, compared case-insensitively; a stored tag keeps its spelling. */
function mergeTags(existing: readonly string[], incoming: readonly string[]): string[] {
  return incoming.reduce<string[]>((tags, tag) => addTag(tags, tag), [...existing]);
}

/**
 * Unions the links and dismissals of both records. A paper linked in one record and
 * dismissed in the other stays linked, because a link is the user's explicit confirmation
 * and can be undone in the options page.
 */
function mergeLinks(existing: PaperRecord, incoming: PaperRecord): Pick<PaperRecord, 'linkedIds' | 'dismissedIds'> {
  const linkedIds = [...new Set([...existing.linkedIds, ...incoming.linkedIds])];
  const linked = new Set(linkedIds);
  const dismissedIds = [...new Set([...existing.dismissedIds, ...incoming.dismissedIds])].filter((id) => !linked.has(id));
  return { linkedIds, dismissedIds };
}

/**
 * Takes the metadata of the later arXiv version when the imported record has one, and
 * otherwise only fills the fields the stored record lacks.
 */
function mergeImportedMetadata(existing: PaperRecord, incoming: PaperRecord): PaperRecord {
  const merged = mergeMetadata(existing, incoming);
  const isLaterVersion = incoming.version !== undefined && incoming.version > (existing.version ?? 0);
  if (!isLaterVersion) return merged;

  merged.title = incoming.title;
  if (incoming.authors.length > 0) merged.authors = incoming.authors;
  if (incoming.abstract) merged.abstract = incoming.abstract;
  if (incoming.doi) merged.doi = incoming.doi;
  return merged;
}

/**
 * Merges an imported record into the stored one without losing anything stored:
 * - tags: case-insensitive union, stored spelling first;
 * - note: kept when equal, both kept (stored first, then a separator line) when they differ;
 * - metadata: gaps filled, the later arXiv version's fields taken;
 * - status and savedAt: from the record with the newer updatedAt (the stored one on a
 *   tie), but the paper stays saved if either record is saved;
 * - createdAt: the earliest; updatedAt: the latest; firstSeen: the earliest sighting;
 * - linkedIds and dismissedIds: unions, a link winning over a dismissal of the same paper.
 * Without a stored record the imported one is returned, its updatedAt raised to its
 * createdAt if it was earlier.
 * Pure and idempotent: merging the same imported record twice gives the same result
 * as merging it once.
 */
export function mergeImported(existing: PaperRecord | undefined, incoming: PaperRecord): PaperRecord {
  // Citation imports carry updatedAt 0 (no reading state); a new record is dated by its creation.
  if (!existing) return { ...incoming, updatedAt: Math.max(incoming.updatedAt, incoming.createdAt) };

  const merged = mergeImportedMetadata(existing, incoming);
  const incomingIsNewer = incoming.updatedAt > existing.updatedAt;
  const newer = incomingIsNewer ? incoming : existing;
  const older = incomingIsNewer ? existing : incoming;

  merged.tags = mergeTags(existing.tags, incoming.tags);
  merged.note = mergeNotes(existing.note, incoming.note);
  merged.status = newer.status;
  const savedAt = newer.savedAt ?? older.savedAt;
  if (savedAt === undefined) delete merged.savedAt;
  else merged.savedAt = savedAt;
  Object.assign(merged, mergeLinks(existing, incoming));
  merged.createdAt = Math.min(existing.createdAt, incoming.createdAt);
  merged.updatedAt = Math.max(existing.updatedAt, incoming.updatedAt);

  const firstSeen =
    existing.firstSeen && incoming.firstSeen && incoming.firstSeen.at < existing.firstSeen.at
      ? incoming.firstSeen
      : (existing.firstSeen ?? incoming.firstSeen);
  if (firstSeen) merged.firstSeen = firstSeen;
  return merged;
}
