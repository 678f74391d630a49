import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { PaperShelfDatabase } from '../../../lib/db/database';
import { importPapers } from '../../../lib/db/import';
import { addPaperTag, setNote, setSaved, setStatus } from '../../../lib/db/papers';
import { exportBackup } from '../../../lib/export/backup';
import { importBackup } from '../../../lib/import/backup';
import { importBibtex } from '../../../lib/import/bibtex';
import { sighting } from '../sighting';

let db: PaperShelfDatabase;

beforeEach(async () => {
  db = new PaperShelfDatabase(`test-${crypto.randomUUID()}`);
  await setStatus(db, sighting({ id: 'arxiv:2401.00001', version: 3, abstract: 'First.' }), 'reading', 100);
  await addPaperTag(db, sighting({ id: 'arxiv:2401.00001' }), 'Diffusion', 110);
  await setNote(db, sighting({ id: 'arxiv:hep-th/9901001', title: 'Old-style id' }), '# Heading\n\n- point', 120);
  await setSaved(db, sighting({ id: 'arxiv:2401.00002', title: 'Ünïcödé & $pecial_chars' }), true, 130);
});

afterEach(async () => {
  await db.delete();
});

async function backupText(): Promise<string> {
  const papers = await db.papers.orderBy('id').toArray();
  return exportBackup(papers, { exportedAt: 1_700_000_000_000 })[0]!.text;
}

describe('JSON backup through the database', () => {
  it('restores identical data after a wipe', async () => {
    const before = await backupText();
    await db.papers.clear();
    expect(await db.papers.count()).toBe(0);

    const parsed = importBackup(before);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    const summary = await importPapers(db, parsed.papers);
    expect(summary).toEqual({ added: 3, updated: 0, unchanged: 0 });
    expect(await backupText()).toBe(before);
  });

  it('changes nothing when imported twice', async () => {
    const text = await backupText();
    const parsed = importBackup(text);
    if (!parsed.ok) throw new Error(JSON.stringify(parsed.errors));
    expect(await importPapers(db, parsed.papers)).toEqual({ added: 0, updated: 0, unchanged: 3 });
    expect(await backupText()).toBe(text);
  });

  it('leaves the library unchanged for a bad file', async () => {
    const before = await backupText();
    const broken = JSON.parse(before) as { papers: { status: string }[] };
    broken.papers[1]!.status = 'finished';
    const parsed = importBackup(JSON.stringify(broken));
    expect(parsed.ok).toBe(false);
    expect(await backupText()).toBe(before);
  });

  it('imports a BibTeX file twice without change', async () => {
    const bib = '@misc{doe2024,\n  title = {A New Paper},\n  author = {Doe, Jane},\n  eprint = {2402.12354},\n  archivePrefix = {arXiv},\n  keywords = {llm, agents}\n}\n';
    const first = importBibtex(bib, 1);
    if (!first.ok) throw new Error(JSON.stringify(first.errors));
    expect((await importPapers(db, first.papers)).added).toBe(1);
    const afterFirst = await backupText();
    const second = importBibtex(bib, 2);
    if (!second.ok) throw new Error(JSON.stringify(second.errors));
    expect(await importPapers(db, second.papers)).toEqual({ added: 0, updated: 0, unchanged: 1 });
    expect(await backupText()).toBe(afterFirst);
    expect((await db.papers.get('arxiv:2402.12354'))?.tags).toEqual(['llm', 'agents']);
  });
});
