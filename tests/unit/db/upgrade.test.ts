import Dexie from 'dexie';
import { afterEach, describe, expect, it } from 'vitest';
import { PaperShelfDatabase, SCHEMA_VERSIONS, type SchemaVersion } from '../../../lib/db/database';
import { countSummaryFromIndexes } from '../../../lib/db/summary';
import { SUMMARY_ID, toStoredSummary } from '../../../lib/db/summary-record';
import { type StoredRecord, upgradeRecordToVersion2 } from '../../../lib/db/upgrades';
import { PaperRecordSchema } from '../../../lib/paper';

const DAY = 24 * 60 * 60 * 1000;
const T0 = Date.UTC(2024, 2, 1, 8);

/**
 * Records exactly as each released schema version stored them, keyed by version. Version 1
 * records are PaperRecordSchema output of that release: arXiv ids only, no links, and a
 * doi as the page or file gave it. Adding a schema version means adding the records the
 * version before it wrote.
 */
const RECORDS_BY_VERSION: Record<number, StoredRecord[]> = {
  1: [
    {
      id: 'arxiv:1706.03762',
      version: 7,
      title: 'Attention Is All You Need',
      authors: ['Ashish Vaswani', 'Noam Shazeer', 'Niki Parmar'],
      abstract: 'The dominant sequence transduction models are based on complex recurrent networks.',
      published: '2017-06-12T17:57:34Z',
      updated: '2023-08-02T00:41:18Z',
      categories: ['cs.CL', 'cs.LG'],
      links: {
        abs: 'https://arxiv.org/abs/1706.03762',
        pdf: 'https://arxiv.org/pdf/1706.03762',
        huggingface: 'https://huggingface.co/papers/1706.03762',
      },
      status: 'read',
      tags: ['transformers', 'NLP'],
      note: '# Summary\n\nMulti-head attention.',
      savedAt: T0,
      createdAt: T0,
      updatedAt: T0 + 3 * DAY,
      firstSeen: { site: 'huggingface', url: 'https://huggingface.co/papers/1706.03762', at: T0 },
    },
    {
      id: 'arxiv:hep-th/9711200',
      title: 'The Large N Limit of Superconformal Field Theories and Supergravity',
      authors: ['Juan M. Maldacena'],
      published: '1997-11-27',
      categories: ['hep-th'],
      doi: 'https://doi.org/10.1023/A:1026654312961',
      links: { abs: 'https://arxiv.org/abs/hep-th/9711200', pdf: 'https://arxiv.org/pdf/hep-th/9711200' },
      status: 'reading',
      tags: [],
      note: '',
      savedAt: T0 + DAY,
      createdAt: T0 + DAY,
      updatedAt: T0 + DAY,
      firstSeen: { site: 'arxiv', url: 'https://arxiv.org/list/hep-th/9711', at: T0 + DAY },
    },
    {
      // Not in the reading list, but tagged and annotated: savedAt is absent.
      id: 'arxiv:math/0211159',
      title: 'The entropy formula for the Ricci flow and its geometric applications',
      authors: ['Grisha Perelman'],
      categories: ['math.DG'],
      doi: '10.48550/arXiv.math/0211159',
      links: {},
      status: 'to-read',
      tags: ['geometry', 'Ricci flow'],
      note: 'Read with the Kleiner–Lott notes.',
      createdAt: T0 + 2 * DAY,
      updatedAt: T0 + 2 * DAY,
    },
    {
      id: 'arxiv:2401.12345',
      title: '基于深度学习的图像识别研究',
      authors: ['李华', 'Иван Петров'],
      published: '2024-01-22',
      categories: ['cs.CV'],
      doi: 'doi:10.1109/CVPR52733.2024.01234',
      links: { abs: 'https://arxiv.org/abs/2401.12345' },
      status: 'to-read',
      tags: ['计算机视觉'],
      note: '中文笔记',
      savedAt: T0 + 4 * DAY,
      createdAt: T0 + 4 * DAY,
      updatedAt: T0 + 5 * DAY,
      firstSeen: { site: 'import', url: 'https://arxiv.org/abs/2401.12345', at: T0 + 4 * DAY },
    },
    {
      // Imported from a file whose doi field was not a DOI; the text is kept as it was.
      id: 'arxiv:1505.00001',
      title: 'Deep learning',
      authors: ['Yann LeCun', 'Yoshua Bengio', 'Geoffrey Hinton'],
      categories: [],
      doi: 'see journal version',
      links: {},
      status: 'to-read',
      tags: [],
      note: '',
      createdAt: T0 + 6 * DAY,
      updatedAt: T0 + 6 * DAY,
    },
  ],
};

// Version 2 wrote the records of version 1 as its upgrade left them: with empty links and
// dismissals and the DOI prefixes stripped.
RECORDS_BY_VERSION[2] = RECORDS_BY_VERSION[1]!.map((record) => {
  const upgraded = structuredClone(record);
  upgradeRecordToVersion2(upgraded);
  return upgraded;
});

/** DOIs that the version 2 upgrade rewrites by stripping their prefix; every other field stays unchanged. */
const EXPECTED_DOIS: Record<string, string> = {
  'arxiv:hep-th/9711200': '10.1023/A:1026654312961',
  'arxiv:2401.12345': '10.1109/CVPR52733.2024.01234',
};

const earlierVersions = SCHEMA_VERSIONS.slice(0, -1);
const current = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 1]!;
const opened: Dexie[] = [];

/** Opens a database that declares only the schema versions up to `version`, as that release did. */
function databaseAtVersion(name: string, version: number): Dexie {
  const db = new Dexie(name);
  for (const entry of SCHEMA_VERSIONS.filter((candidate) => candidate.version <= version)) {
    db.version(entry.version).stores(entry.stores);
  }
  opened.push(db);
  return db;
}

async function writeDatabase(name: string, version: number): Promise<StoredRecord[]> {
  const records = RECORDS_BY_VERSION[version] ?? [];
  const db = databaseAtVersion(name, version);
  await db.table('papers').bulkAdd(structuredClone(records));
  db.close();
  return records;
}

afterEach(async () => {
  for (const db of opened.splice(0)) {
    db.close();
    await db.delete();
  }
});

describe('schema upgrade', () => {
  it('has records for every earlier version', () => {
    for (const { version } of earlierVersions) {
      expect(RECORDS_BY_VERSION[version]?.length).toBeGreaterThan(0);
    }
  });

  it('declares increasing versions', () => {
    const versions = SCHEMA_VERSIONS.map(({ version }) => version);
    expect(versions).toEqual([...versions].sort((a, b) => a - b));
    expect(new Set(versions).size).toBe(versions.length);
  });

  it.each(earlierVersions.map(({ version }) => [version] as const))('keeps every record of version %i', async (version) => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const written = await writeDatabase(name, version);

    const db = new PaperShelfDatabase(name);
    opened.push(db);
    await db.open();
    expect(db.verno).toBe(current.version);
    expect(await db.papers.count()).toBe(written.length);

    for (const before of written) {
      const after = (await db.papers.get(before.id as string)) as StoredRecord | undefined;
      const expectedDoi = EXPECTED_DOIS[before.id as string];
      expect(after).toMatchObject(expectedDoi ? { ...before, doi: expectedDoi } : before);
      expect(PaperRecordSchema.safeParse(after).success).toBe(true);
      // Nothing is left for the schema's defaults to fill in: the upgrade wrote every field.
      expect(PaperRecordSchema.parse(after)).toEqual(after);
    }
  });

  it.each(earlierVersions.map(({ version }) => [version] as const))('indexes records of version %i', async (version) => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await writeDatabase(name, version);
    const db = new PaperShelfDatabase(name);
    opened.push(db);

    const saved = await db.papers.orderBy('savedAt').primaryKeys();
    const tagged = await db.papers.where('tags').equals('geometry').primaryKeys();
    const reading = await db.papers.where('[status+savedAt]').between(['reading', 0], ['reading', Infinity]).primaryKeys();
    const byDoi = await db.papers.where('doi').equalsIgnoreCase('10.1023/a:1026654312961').primaryKeys();
    const linked = await db.papers.orderBy('linkedIds').primaryKeys();

    expect(saved).toEqual(['arxiv:1706.03762', 'arxiv:hep-th/9711200', 'arxiv:2401.12345']);
    expect(tagged).toEqual(['arxiv:math/0211159']);
    expect(reading).toEqual(['arxiv:hep-th/9711200']);
    expect(byDoi).toEqual(['arxiv:hep-th/9711200']);
    expect(linked).toEqual([]);
  });

  it.each(earlierVersions.map(({ version }) => [version] as const))('counts the summary of version %i', async (version) => {
    const name = `upgrade-${crypto.randomUUID()}`;
    await writeDatabase(name, version);
    const db = new PaperShelfDatabase(name);
    opened.push(db);

    const stored = await db.summary.get(SUMMARY_ID);
    expect(stored).toEqual({
      id: SUMMARY_ID,
      total: 5,
      saved: 3,
      byStatus: { 'to-read': 1, reading: 1, read: 1 },
      tags: [
        { tag: 'NLP', count: 1 },
        { tag: 'Ricci flow', count: 1 },
        { tag: 'geometry', count: 1 },
        { tag: 'transformers', count: 1 },
        { tag: '计算机视觉', count: 1 },
      ],
    });
    expect(stored).toEqual(toStoredSummary(await countSummaryFromIndexes(db)));
  });

  it('keeps the old data when an upgrade fails', async () => {
    const name = `upgrade-${crypto.randomUUID()}`;
    const previous = SCHEMA_VERSIONS[SCHEMA_VERSIONS.length - 2]!;
    const written = await writeDatabase(name, previous.version);
    const failing: SchemaVersion = {
      ...current,
      upgrade: async (transaction) => {
        // Writes first, so the test also shows that the abort rolls back partial changes.
        await transaction.table('papers').toCollection().modify((record: StoredRecord) => {
          record.title = 'overwritten';
        });
        throw new Error('upgrade failed on purpose');
      },
    };

    const broken = new PaperShelfDatabase(name, [...SCHEMA_VERSIONS.slice(0, -1), failing]);
    opened.push(broken);
    await expect(broken.open()).rejects.toThrow(/upgrade failed on purpose/);
    broken.close();

    const old = databaseAtVersion(name, previous.version);
    await old.open();
    expect(old.verno).toBe(previous.version);
    // IndexedDB returns records in primary key order, which for strings is code unit order.
    const byId = [...written].sort((a, b) => (String(a.id) < String(b.id) ? -1 : 1));
    expect(await old.table('papers').toArray()).toEqual(byId);
    old.close();

    const fixed = new PaperShelfDatabase(name);
    opened.push(fixed);
    await fixed.open();
    expect(await fixed.papers.count()).toBe(written.length);
  });
});

describe('upgradeRecordToVersion2', () => {
  it.each([
    ['https://doi.org/10.1023/A:1026654312961', '10.1023/A:1026654312961'],
    ['http://dx.doi.org/10.1103/PhysRevLett.116.061102', '10.1103/PhysRevLett.116.061102'],
    ['doi:10.1109/CVPR52733.2024.01234', '10.1109/CVPR52733.2024.01234'],
    [' 10.1038/nature14539 ', '10.1038/nature14539'],
    ['10.1038/NATURE14539', '10.1038/NATURE14539'],
    ['see journal version', 'see journal version'],
  ])('rewrites the DOI %j', (stored, upgraded) => {
    const record: StoredRecord = { id: 'arxiv:2401.00001', doi: stored };
    upgradeRecordToVersion2(record);
    expect(record.doi).toBe(upgraded);
  });

  it('adds empty links and dismissals', () => {
    const record: StoredRecord = { id: 'arxiv:2401.00001' };
    upgradeRecordToVersion2(record);
    expect(record.linkedIds).toEqual([]);
    expect(record.dismissedIds).toEqual([]);
    expect('doi' in record).toBe(false);
  });

  it('keeps links already present', () => {
    const record: StoredRecord = { id: 'arxiv:2401.00001', linkedIds: ['doi:10.1000/182'], dismissedIds: ['arxiv:2401.00002'] };
    upgradeRecordToVersion2(record);
    expect(record.linkedIds).toEqual(['doi:10.1000/182']);
    expect(record.dismissedIds).toEqual(['arxiv:2401.00002']);
  });
});
