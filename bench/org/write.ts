// Writes the synthetic organisations in bulk (SQLite: multi-row INSERTs; PostgreSQL: arrays
// unnested into rows) inside one transaction per organisation, through the migrator's drivers (better-sqlite3, pg): the Prisma client would
// send one statement per row. Values are stored the way the Prisma adapters store them.
import type { MigrationDriver } from '../../lib/migrate/migrator';
import { buildOrganisation, type OrgSpec } from './shape';
import { personActivity, type Catalogue } from './learning';

type Value = string | number | boolean | Date | null;

// SQLite's multi-row INSERTs: its limit is 32,766 bound parameters per statement. (PostgreSQL
// binds one array per column, ROWS_PER_ARRAY rows at a time.)
const MAX_SQLITE_PARAMS = 30_000;
const ROWS_PER_ARRAY = 20_000;

export class BulkWriter {
  rows = 0;
  constructor(private readonly driver: MigrationDriver) {}

  private value(v: Value): string | number | null {
    if (v instanceof Date)
      return this.driver.engine === 'sqlite' ? v.toISOString().replace('Z', '+00:00') : v.toISOString();
    if (typeof v === 'boolean') return this.driver.engine === 'sqlite' ? Number(v) : String(v);
    return v;
  }

  async insert(table: string, columns: readonly string[], rows: readonly Value[][]) {
    if (this.driver.engine === 'postgresql') await this.insertColumns(table, columns, rows);
    else await this.insertTuples(table, columns, rows);
    this.rows += rows.length;
  }

  /** Multi-row INSERT … VALUES, within SQLite's limit of bound parameters. */
  private async insertTuples(table: string, columns: readonly string[], rows: readonly Value[][]) {
    const perStatement = Math.max(1, Math.floor(MAX_SQLITE_PARAMS / columns.length));
    const head = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) VALUES `;
    for (let start = 0; start < rows.length; start += perStatement) {
      const batch = rows.slice(start, start + perStatement);
      const tuples = batch.map(() => `(${columns.map(() => '?').join(', ')})`);
      await this.driver.query(
        head + tuples.join(', '),
        batch.flatMap((row) => row.map((v) => this.value(v))),
      );
    }
  }

  private readonly types = new Map<string, Map<string, string>>();

  /**
   * PostgreSQL: one array per column, unnested into rows (INSERT … SELECT FROM unnest($1::text[], …)):
   * a bulk load of 20,000 rows a statement with as many parameters as columns, close to COPY's
   * speed without another dependency. Each array is cast to its column's own type.
   */
  private async insertColumns(table: string, columns: readonly string[], rows: readonly Value[][]) {
    let types = this.types.get(table);
    if (!types) {
      const found = await this.driver.query<{ name: string; type: string }>(
        `SELECT attname AS name, format_type(atttypid, atttypmod) AS type FROM pg_attribute
         WHERE attrelid = $1::regclass AND attnum > 0 AND NOT attisdropped`,
        [`"${table}"`],
      );
      types = new Map(found.map((c) => [c.name, c.type]));
      this.types.set(table, types);
    }
    const casts = columns.map((c, i) => `$${i + 1}::${types.get(c) ?? 'text'}[]`);
    const sql = `INSERT INTO "${table}" (${columns.map((c) => `"${c}"`).join(', ')}) SELECT * FROM unnest(${casts.join(', ')})`;
    for (let start = 0; start < rows.length; start += ROWS_PER_ARRAY) {
      const batch = rows.slice(start, start + ROWS_PER_ARRAY);
      await this.driver.query(
        sql,
        columns.map((_, i) => batch.map((row) => this.value(row[i] ?? null))),
      );
    }
  }
}

export type WrittenOrg = {
  organisationId: string;
  slug: string;
  people: number;
  units: number;
  teamUnitId: string;
  progressRows: number;
};

/** The host organisation's courses, lessons and learning paths (every organisation reads them). */
export async function writeCatalogue(writer: BulkWriter, organisationId: string, catalogue: Catalogue, now: Date) {
  await writer.insert(
    'Course',
    [
      'id',
      'organisationId',
      'slug',
      'status',
      'title',
      'summary',
      'description',
      'audiences',
      'topics',
      'minutes',
      'version',
      'publishedAt',
      'createdAt',
      'updatedAt',
    ],
    catalogue.courses.map((c) => [
      c.id,
      organisationId,
      c.slug,
      'PUBLISHED',
      c.title,
      c.summary,
      c.description,
      c.audiences,
      c.topics,
      c.minutes,
      1,
      now,
      now,
      now,
    ]),
  );
  await writer.insert(
    'Lesson',
    ['id', 'courseId', 'slug', 'position', 'kind', 'title', 'body', 'data'],
    catalogue.lessons.map((l) => [l.id, l.courseId, l.slug, l.position, 'READING', l.title, l.body, '{}']),
  );
  await writer.insert(
    'LearningPath',
    ['id', 'organisationId', 'audience', 'title', 'summary', 'intro', 'version', 'updatedAt'],
    catalogue.paths.map((p) => [p.id, organisationId, p.audience, p.title, p.summary, p.intro, 1, now]),
  );
  await writer.insert(
    'LearningPathCourse',
    ['pathId', 'courseId', 'position'],
    catalogue.pathCourses.map((p) => [p.pathId, p.courseId, p.position]),
  );
}

/** One organisation: units, people, unit managers, assignments, lesson progress and completions. */
export async function writeOrganisation(options: {
  writer: BulkWriter;
  spec: OrgSpec;
  catalogue: Catalogue;
  now: Date;
  createdAt: Date;
  /** Shares its key figures with the installation (/statistik/jamfor), by name or by letter. */
  sharing?: 'named' | 'anonymous';
  /** Lesson progress rows (the comparison's extra organisations need only assignments and completions). */
  progress?: boolean;
}): Promise<WrittenOrg> {
  const { writer, spec, catalogue, now, createdAt, sharing, progress: withProgress = true } = options;
  const shape = buildOrganisation(spec);
  const org = `${spec.key}-org`;
  const slug = `bench-${spec.key}`;
  await writer.insert(
    'Organisation',
    ['id', 'slug', 'name', 'kind', 'cemrSignedAt', 'shareStatistics', 'shareName', 'createdAt', 'updatedAt'],
    [[org, slug, spec.name, 'KOMMUN', null, sharing !== undefined, sharing === 'named', createdAt, createdAt]],
  );
  await writer.insert(
    'OrgUnit',
    ['id', 'organisationId', 'parentId', 'name', 'path', 'depth', 'createdAt', 'updatedAt'],
    shape.units.map((u) => [u.id, org, u.parentId, u.name, u.path, u.depth, createdAt, createdAt]),
  );
  const day = 24 * 60 * 60 * 1000;
  await writer.insert(
    'User',
    [
      'id',
      'organisationId',
      'unitId',
      'name',
      'email',
      'role',
      'audience',
      'gender',
      'active',
      'joinedAt',
      'createdAt',
      'updatedAt',
    ],
    shape.people.map((p) => [
      p.id,
      org,
      p.unitId,
      p.name,
      p.email,
      p.role,
      p.audience,
      p.gender,
      true,
      new Date(now.getTime() - p.joinedDaysAgo * day),
      createdAt,
      createdAt,
    ]),
  );
  await writer.insert(
    'UnitManager',
    ['userId', 'unitId', 'createdAt'],
    shape.managers.map((m) => [m.userId, m.unitId, createdAt]),
  );

  let progressRows = 0;
  const flushEvery = 2_000;
  for (let start = 0; start < shape.people.length; start += flushEvery) {
    const slice = shape.people.slice(start, start + flushEvery);
    const activity = slice.map((person, i) =>
      personActivity({ person, personIndex: start + i, catalogue, now, seed: spec.seed }),
    );
    await writer.insert(
      'Assignment',
      ['id', 'organisationId', 'userId', 'courseId', 'pathId', 'source', 'dueAt', 'createdAt'],
      activity.flatMap((a) =>
        a.assignments.map((r) => [r.id, org, r.userId, r.courseId, r.pathId, r.source, r.dueAt, r.createdAt]),
      ),
    );
    const progress = withProgress
      ? activity.flatMap((a) => a.progress.map((r) => [r.id, org, r.userId, r.lessonId, r.completedAt]))
      : [];
    await writer.insert('LessonProgress', ['id', 'organisationId', 'userId', 'lessonId', 'completedAt'], progress);
    progressRows += progress.length;
    await writer.insert(
      'CourseCompletion',
      ['id', 'organisationId', 'userId', 'courseId', 'completedAt', 'certificateNo'],
      activity.flatMap((a) =>
        a.completions.map((r) => [r.id, org, r.userId, r.courseId, r.completedAt, r.certificateNo]),
      ),
    );
  }
  return {
    organisationId: org,
    slug,
    people: shape.people.length,
    units: shape.units.length,
    teamUnitId: shape.teamUnitId,
    progressRows,
  };
}
