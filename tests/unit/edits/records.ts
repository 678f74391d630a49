import type { z } from 'zod';
import { PaperRecordSchema, type PaperRecord } from '../../../lib/paper';

type PaperRecordInput = z.input<typeof PaperRecordSchema>;

/** A stored record for arxiv:2401.0000<n> (n up to 99999), created and updated at time 1. */
export function paper(n: number, overrides: Partial<PaperRecordInput> = {}): PaperRecord {
  return PaperRecordSchema.parse({
    id: `arxiv:2401.${String(n).padStart(5, '0')}`,
    title: `Paper ${n}`,
    createdAt: 1,
    updatedAt: 1,
    ...overrides,
  });
}
