// Editing a course's English version in the course editor (issue 21, item 4), against a real
// database: the editor gets the English the seed wrote, marked as matching the Swedish; a change to
// the English is saved in the same revision and reaches English readers when published; a change
// to the Swedish hides the English from readers until someone says it matches again; a stale save
// and bad input change nothing; only content editors may do any of it.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { engine } from '../support/test-db';
import { seededDb, type Seeded } from '../support/seeded-db';
import type { CourseDraft } from '@/lib/validation/course-editor';

let s: Seeded;
let editing: typeof import('@/lib/data/course-editor');
let writing: typeof import('@/lib/data/course-editor-write');
let publishing: typeof import('@/lib/data/course-publish');
let translations: typeof import('@/lib/learning/translations');
let validation: typeof import('@/lib/validation/course-editor');
let strategist: Awaited<ReturnType<Seeded['viewer']>>;
let courseId: string;

beforeAll(async () => {
  s = await seededDb();
  editing = await import('@/lib/data/course-editor');
  writing = await import('@/lib/data/course-editor-write');
  publishing = await import('@/lib/data/course-publish');
  translations = await import('@/lib/learning/translations');
  validation = await import('@/lib/validation/course-editor');
  strategist = await s.viewer('strateg@sjostad.se');
  courseId = (await s.db.course.findFirstOrThrow({ where: { slug: 'konsstereotyper' } })).id;
});

afterAll(() => s?.close());

/** Two reading lessons with English: the first marked as matching, the second never. */
const fullDraftOf = (): CourseDraft => ({
  title: 'Kurs',
  summary: 'Om kursen.',
  description: '',
  audiences: ['medarbetare'],
  topics: ['grunder'],
  minutes: 10,
  lessons: [
    {
      kind: 'READING',
      slug: 'ett',
      title: 'Ett',
      body: 'Text.',
      translations: { en: { title: 'One', body: 'Text.', upToDate: true } },
    },
    {
      kind: 'READING',
      slug: 'tva',
      title: 'Två',
      body: 'Text.',
      translations: { en: { title: 'Two', body: 'Text.', upToDate: false } },
    },
  ],
});

const QUIZ = 'kunskapskontroll';
const READING = 'vad-ar-konsstereotyper';

async function draftNow() {
  return editing.getCourseForEditor(strategist, courseId);
}

/** Saves and publishes the draft as the editor's form would send it. */
async function saveAndPublish(draft: CourseDraft, version: number) {
  const parsed = validation.saveCourseSchema.parse({ courseId, version, draft });
  const saved = await writing.saveCourseDraft(strategist, parsed);
  return publishing.publishCourse(strategist, { courseId, version: saved.version });
}

async function lessonInEnglish(slug: string) {
  const lesson = await s.db.lesson.findFirstOrThrow({ where: { courseId, slug } });
  return translations.localizeLesson(lesson, 'en');
}

const lessonBySlug = (draft: CourseDraft, slug: string) => {
  const lesson = draft.lessons.find((l) => l.slug.endsWith(slug));
  if (!lesson) throw new Error(`no lesson ${slug}`);
  return lesson;
};

describe(`editing a course's English version (${engine})`, () => {
  it('gives the editor the English the seed wrote, each lesson marked as matching the Swedish', async () => {
    const { draft } = await draftNow();
    expect(draft.translations?.en?.title).toMatch(/stereotype/i);
    const quiz = lessonBySlug(draft, QUIZ);
    expect(quiz.kind).toBe('QUIZ');
    expect(quiz.translations?.en).toMatchObject({ upToDate: true });
    expect(quiz.translations?.en && 'questions' in quiz.translations.en && quiz.translations.en.questions?.length).toBe(
      quiz.kind === 'QUIZ' ? quiz.questions.length : -1,
    );
  });

  it('gives the editor a film lesson’s English with its English captions', async () => {
    const film = (await draftNow()).draft.lessons.find((l) => l.kind === 'VIDEO');
    expect(film?.translations?.en).toMatchObject({ upToDate: true, captions: expect.stringMatching(/\.en\.vtt$/) });
  });

  it('keeps an English version nobody has said matches its lesson from readers', () => {
    const stamped = translations.stampVersions(fullDraftOf());
    const [ticked, unticked] = stamped.lessons.map((l) => l.translations!.en!);
    expect(translations.versionIsCurrent(stamped.lessons[0]!, ticked!)).toBe(true);
    expect(unticked).toMatchObject({ source: translations.UNCONFIRMED, kind: 'READING' });
    expect(translations.versionIsCurrent(stamped.lessons[1]!, unticked!)).toBe(false);
  });

  it('publishes a changed English text to English readers and leaves the Swedish as it was', async () => {
    const { draft, version } = await draftNow();
    const quiz = lessonBySlug(draft, QUIZ);
    if (quiz.kind !== 'QUIZ' || !quiz.translations?.en?.questions) throw new Error('expected an English quiz');
    const swedishBefore = (await s.db.lesson.findFirstOrThrow({ where: { courseId, slug: quiz.slug } })).data;
    quiz.translations.en.questions[0]!.explanation = 'Rewritten in the editor.';
    draft.translations!.en!.summary = 'A summary written in the editor.';
    await saveAndPublish(draft, version);

    const shown = await lessonInEnglish(quiz.slug);
    expect(shown.lang).toBe('en');
    expect(JSON.parse(shown.data).questions[0].explanation).toBe('Rewritten in the editor.');
    const course = await s.db.course.findUniqueOrThrow({ where: { id: courseId } });
    expect(translations.localizeCourse(course, 'en')).toMatchObject({ summary: 'A summary written in the editor.' });
    const stored = await s.db.lesson.findFirstOrThrow({ where: { courseId, slug: quiz.slug } });
    expect(stored.data).toBe(swedishBefore);
    expect(translations.localizeLesson(stored, 'sv').lang).toBe('sv');
  });

  it('shows English readers the Swedish lesson once the Swedish changes, until the English is said to match', async () => {
    const first = await draftNow();
    const reading = lessonBySlug(first.draft, READING);
    expect(reading.translations?.en?.upToDate).toBe(true);
    // What the editor does when the Swedish text changes: the English no longer says it matches.
    reading.body = `${reading.body}\n\nEtt nytt stycke på svenska.`;
    reading.translations!.en!.upToDate = false;
    await saveAndPublish(first.draft, first.version);
    expect((await lessonInEnglish(reading.slug)).lang).toBe('sv');

    const second = await draftNow();
    const again = lessonBySlug(second.draft, READING);
    expect(again.translations?.en?.upToDate).toBe(false);
    again.translations!.en!.body = `${again.translations!.en!.body}\n\nA new paragraph in English.`;
    again.translations!.en!.upToDate = true;
    await saveAndPublish(second.draft, second.version);
    const shown = await lessonInEnglish(again.slug);
    expect(shown.lang).toBe('en');
    expect(shown.body).toContain('A new paragraph in English.');
  });

  it('shows English readers the Swedish course name once the Swedish changes, until the English is said to match', async () => {
    const first = await draftNow();
    expect(first.draft.translations?.en?.upToDate).toBe(true);
    const englishName = first.draft.translations!.en!.title;
    const swedishName = first.draft.title;
    // What the editor does when the course's Swedish name changes: the English no longer says it matches.
    first.draft.title = `${swedishName} (ny utgåva)`;
    first.draft.translations!.en!.upToDate = false;
    await saveAndPublish(first.draft, first.version);
    const hidden = await s.db.course.findUniqueOrThrow({ where: { id: courseId } });
    expect(translations.localizeCourse(hidden, 'en')).toMatchObject({
      title: `${swedishName} (ny utgåva)`,
      lang: 'sv',
    });
    // Readers of the name alone (course cards, certificates, e-mails) get the Swedish too.
    expect(translations.courseTitleIn(hidden, 'en')).toBe(`${swedishName} (ny utgåva)`);

    const second = await draftNow();
    expect(second.draft.translations?.en).toMatchObject({ title: englishName, upToDate: false });
    // A draft saved before English was edited here, published now, does not bring it back either.
    const old = { ...second.draft };
    delete old.translations;
    await saveAndPublish(old as CourseDraft, second.version);
    const stillHidden = await s.db.course.findUniqueOrThrow({ where: { id: courseId } });
    expect(translations.localizeCourse(stillHidden, 'en').lang).toBe('sv');

    const third = await draftNow();
    third.draft.translations!.en!.upToDate = true;
    await saveAndPublish(third.draft, third.version);
    const shown = await s.db.course.findUniqueOrThrow({ where: { id: courseId } });
    expect(translations.localizeCourse(shown, 'en')).toMatchObject({ title: englishName, lang: 'en' });
  });

  it('takes a course version stored before fingerprints existed as written from the live course', () => {
    const live = {
      title: 'Kurs',
      summary: 'Om kursen.',
      description: '',
      translations: JSON.stringify({ en: { title: 'Course', summary: 'About the course.', description: '' } }),
      lessons: [],
    };
    const unchanged = translations.markCurrentVersions(translations.draftWithVersions(fullDraftOf(), live));
    expect(unchanged.translations?.en).toMatchObject({ title: 'Course', upToDate: true });
    const renamed = { ...fullDraftOf(), title: 'Kurs, ny utgåva' };
    const changed = translations.markCurrentVersions(translations.draftWithVersions(renamed, live));
    expect(changed.translations?.en).toMatchObject({ title: 'Course', upToDate: false });
  });

  it('removes a lesson’s English version when the editor removes it', async () => {
    const { draft, version } = await draftNow();
    const reading = lessonBySlug(draft, READING);
    reading.translations = {};
    await saveAndPublish(draft, version);
    expect((await lessonInEnglish(reading.slug)).lang).toBe('sv');
    expect((await draftNow()).draft.lessons.find((l) => l.slug === reading.slug)?.translations?.en).toBeUndefined();
  });

  it('keeps the live English when a draft saved before English was edited here is published', async () => {
    const { draft, version } = await draftNow();
    const old = { ...draft, lessons: draft.lessons.map((l) => ({ ...l, translations: undefined })) };
    delete old.translations;
    await saveAndPublish(old as CourseDraft, version);
    const course = await s.db.course.findUniqueOrThrow({ where: { id: courseId } });
    expect(translations.localizeCourse(course, 'en').lang).toBe('en');
    expect((await lessonInEnglish(lessonBySlug(draft, QUIZ).slug)).lang).toBe('en');
  });

  it('keeps what editors wrote when the content is seeded again', async () => {
    const { seedLearning } = await import('@/prisma/seed/learning');
    const course = await s.db.course.findUniqueOrThrow({ where: { id: courseId } });
    await seedLearning(s.db, course.organisationId);
    const quiz = lessonBySlug((await draftNow()).draft, QUIZ);
    const shown = await lessonInEnglish(quiz.slug);
    expect(JSON.parse(shown.data).questions[0].explanation).toBe('Rewritten in the editor.');
  });

  it('refuses a save from a stale version and writes nothing', async () => {
    const { draft, version } = await draftNow();
    const revisions = await s.db.courseRevision.count({ where: { courseId } });
    draft.translations!.en!.title = 'Never saved';
    await expect(writing.saveCourseDraft(strategist, { courseId, version: version - 1, draft })).rejects.toMatchObject({
      code: 'STALE_VERSION',
    });
    expect(await s.db.courseRevision.count({ where: { courseId } })).toBe(revisions);
  });

  it('refuses an English version without a text the Swedish has', () => {
    const draft = fullDraftOf();
    draft.description = 'Om kursen.';
    draft.translations = { en: { title: 'Course', summary: 'About it.', description: '' } };
    const result = validation.courseDraftSchema.safeParse(draft);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['translations.en.description', 'Beskrivningen saknas.'],
    ]);
  });

  it('refuses an English version without a heading, naming where it is', () => {
    const result = validation.saveCourseSchema.safeParse({
      courseId,
      version: 1,
      draft: {
        title: 'Kurs',
        summary: 'Om kursen.',
        description: '',
        audiences: ['medarbetare'],
        topics: ['grunder'],
        minutes: 10,
        lessons: [
          {
            kind: 'READING',
            slug: 'ett',
            title: 'Ett',
            body: 'Text.',
            translations: { en: { title: ' ', body: 'Text.' } },
          },
        ],
      },
    });
    expect(result.success).toBe(false);
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['draft.lessons.0.translations.en.title', 'Rubriken saknas.'],
    ]);
  });

  it('lets only content editors read or save the course', async () => {
    // A content editor of another organisation holds the permission but not this organisation's content.
    for (const email of ['medarbetare@sjostad.se', 'chef@sjostad.se', 'admin@norrvik.se']) {
      const viewer = await s.viewer(email);
      await expect(editing.getCourseForEditor(viewer, courseId)).rejects.toMatchObject({ code: 'FORBIDDEN' });
      const { draft, version } = await draftNow();
      await expect(writing.saveCourseDraft(viewer, { courseId, version, draft })).rejects.toMatchObject({
        code: 'FORBIDDEN',
      });
    }
  });
});

describe(`editing a learning path's English version (${engine})`, () => {
  const form = (
    english: { enTitle?: string; enSummary?: string; enIntro?: string; enUpToDate?: 'on' },
    version: number,
  ) =>
    validation.pathEditSchema.parse({
      audience: 'medarbetare',
      version,
      title: 'Lärväg för medarbetare',
      summary: 'Grunderna.',
      intro: '',
      courseIds: [courseId],
      ...english,
    });

  it('saves the English texts readers see, and removes them when all three are emptied', async () => {
    const { savePath, getPathForEditor } = await import('@/lib/data/path-editor');
    const before = await getPathForEditor(strategist, 'EMPLOYEE');
    expect(before.path.english?.title).toBe('Learning path for employees');
    const data = form(
      { enTitle: 'Path for staff', enSummary: 'The basics.', enIntro: 'Start here.', enUpToDate: 'on' },
      before.path.version,
    );
    await savePath(strategist, { ...data, audience: 'EMPLOYEE' });
    const saved = await s.db.learningPath.findFirstOrThrow({ where: { audience: 'EMPLOYEE', id: before.path.id } });
    expect(translations.localizePath(saved, 'en')).toMatchObject({
      title: 'Path for staff',
      intro: 'Start here.',
      lang: 'en',
    });

    await savePath(strategist, { ...form({}, saved.version), audience: 'EMPLOYEE' });
    const emptied = await s.db.learningPath.findUniqueOrThrow({ where: { id: saved.id } });
    expect(translations.localizePath(emptied, 'en')).toMatchObject({ title: 'Lärväg för medarbetare', lang: 'sv' });
  });

  it('hides the English from readers when the Swedish changes under it, until the editor says it matches', async () => {
    const { savePath, getPathForEditor } = await import('@/lib/data/path-editor');
    const english = { enTitle: 'Path for staff', enSummary: 'The basics.', enIntro: 'Start here.' };
    const start = await getPathForEditor(strategist, 'EMPLOYEE');
    await savePath(strategist, { ...form({ ...english, enUpToDate: 'on' }, start.path.version), audience: 'EMPLOYEE' });
    const current = await getPathForEditor(strategist, 'EMPLOYEE');
    expect(current.path.english).toMatchObject({ title: 'Path for staff', upToDate: true });

    // The Swedish summary changes; the box was unticked by the change and the editor leaves it so.
    const changed = { ...form(english, current.path.version), summary: 'Grunderna, omskrivna.' };
    await savePath(strategist, { ...changed, audience: 'EMPLOYEE' });
    const row = await s.db.learningPath.findUniqueOrThrow({ where: { id: current.path.id } });
    expect(translations.localizePath(row, 'en')).toMatchObject({ title: 'Lärväg för medarbetare', lang: 'sv' });
    // Every reader of the name alone gets the Swedish too (lists, certificates, e-mails).
    expect(translations.pathTitleIn(row, 'en')).toBe('Lärväg för medarbetare');
    const outdated = await getPathForEditor(strategist, 'EMPLOYEE');
    expect(outdated.path.english).toMatchObject({ title: 'Path for staff', upToDate: false });

    // Saving again without ticking keeps it hidden; ticking brings it back.
    await savePath(strategist, { ...changed, version: outdated.path.version, audience: 'EMPLOYEE' });
    const still = await s.db.learningPath.findUniqueOrThrow({ where: { id: current.path.id } });
    expect(translations.localizePath(still, 'en').lang).toBe('sv');
    await savePath(strategist, { ...changed, enUpToDate: true, version: still.version, audience: 'EMPLOYEE' });
    const back = await s.db.learningPath.findUniqueOrThrow({ where: { id: current.path.id } });
    expect(translations.localizePath(back, 'en')).toMatchObject({ title: 'Path for staff', lang: 'en' });
  });

  it('keeps the English shown when saved without the box ticked and the Swedish unchanged, line breaks as a browser sends them', async () => {
    const { savePath, getPathForEditor } = await import('@/lib/data/path-editor');
    const start = await getPathForEditor(strategist, 'EMPLOYEE');
    const english = { enTitle: 'Path for staff', enSummary: 'The basics.', enIntro: 'Start here.' };
    const swedish = { title: 'Lärväg för medarbetare', summary: 'Grunderna.', intro: 'Rad ett.\n\nRad två.' };
    await savePath(strategist, {
      ...form({ ...english, enUpToDate: 'on' }, start.path.version),
      ...swedish,
      audience: 'EMPLOYEE',
    });
    const saved = await s.db.learningPath.findUniqueOrThrow({ where: { id: start.path.id } });
    // The form sends the text area's line breaks as CRLF (no JavaScript needed, so nothing unticks the box).
    const resent = validation.pathEditSchema.parse({
      audience: 'medarbetare',
      version: saved.version,
      ...swedish,
      intro: 'Rad ett.\r\n\r\nRad två.',
      courseIds: [courseId],
      ...english,
      enTitle: 'Path for all staff',
    });
    expect(resent.intro).toBe('Rad ett.\n\nRad två.');
    await savePath(strategist, { ...resent, audience: 'EMPLOYEE' });
    const after = await s.db.learningPath.findUniqueOrThrow({ where: { id: start.path.id } });
    expect(translations.localizePath(after, 'en')).toMatchObject({ title: 'Path for all staff', lang: 'en' });
  });

  it('takes a path version stored before fingerprints existed as written from the path as stored', async () => {
    const { savePath, getPathForEditor } = await import('@/lib/data/path-editor');
    const start = await getPathForEditor(strategist, 'EMPLOYEE');
    const legacy = { en: { title: 'Old path', summary: 'Old summary.', intro: start.path.intro ? 'Old intro.' : '' } };
    await s.db.learningPath.update({ where: { id: start.path.id }, data: { translations: JSON.stringify(legacy) } });
    expect((await getPathForEditor(strategist, 'EMPLOYEE')).path.english).toMatchObject({ upToDate: true });
    const english = { enTitle: 'Old path', enSummary: 'Old summary.', enIntro: legacy.en.intro };
    const unchanged = { ...start.path, ...english, courseIds: [courseId], version: start.path.version };
    await savePath(strategist, {
      ...validation.pathEditSchema.parse({ ...unchanged, audience: 'medarbetare' }),
      audience: 'EMPLOYEE',
    });
    const kept = await s.db.learningPath.findUniqueOrThrow({ where: { id: start.path.id } });
    expect(translations.localizePath(kept, 'en')).toMatchObject({ title: 'Old path', lang: 'en' });
    const changed = { ...unchanged, summary: 'En annan sammanfattning.', version: kept.version };
    await savePath(strategist, {
      ...validation.pathEditSchema.parse({ ...changed, audience: 'medarbetare' }),
      audience: 'EMPLOYEE',
    });
    const hidden = await s.db.learningPath.findUniqueOrThrow({ where: { id: start.path.id } });
    expect(translations.localizePath(hidden, 'en').lang).toBe('sv');
  });

  it('refuses an English version without a name or a summary', () => {
    const result = validation.pathEditSchema.safeParse({
      audience: 'medarbetare',
      version: 1,
      title: 'Lärväg',
      summary: 'Grunderna.',
      intro: '',
      courseIds: ['c1'],
      enIntro: 'Only an introduction.',
    });
    expect(result.error?.issues.map((i) => [i.path.join('.'), i.message])).toEqual([
      ['enTitle', 'Lärvägens namn saknas.'],
      ['enSummary', 'Sammanfattningen saknas.'],
    ]);
  });
});
