// The course editor as a strategist sees it: topics by their Swedish names (not "vard-och-omsorg"),
// every field the error summary links to present on the page, errors tied to their fields, and a
// refused save answered with messages by path, not "draft › lessons › 6 › body".
import { createElement } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { renderIn } from '../support/render';

vi.mock('next/cache', () => ({ revalidatePath: vi.fn() }));
vi.mock('@/lib/log', () => ({ requestLogger: async () => ({ error: vi.fn() }) }));
vi.mock('@/lib/auth/guards', () => ({ authorize: async () => ({ id: 'u1', role: 'STRATEGIST' }) }));
const { saveCourseDraft } = vi.hoisted(() => ({ saveCourseDraft: vi.fn() }));
vi.mock('@/lib/data/course-editor-write', () => ({
  saveCourseDraft,
  createCourse: vi.fn(),
  restoreCourseRevision: vi.fn(),
}));
vi.mock('@/lib/data/course-publish', () => ({ publishCourse: vi.fn() }));
vi.mock('@/lib/actions/guides', () => ({ saveGuideAction: vi.fn() }));

const { saveCourseAction } = await import('@/lib/actions/course-editor');
const { idle } = await import('@/lib/actions/state');
const { CourseEditor } = await import('@/components/course-editor/course-editor');
const { LessonEditor } = await import('@/components/course-editor/lesson-editor');
const { GuideEditorForm } = await import('@/components/editor/guide-editor-form');
const { ErrorSummary } = await import('@/components/ui/error-summary');
const { describeIssue, fieldIdFor } = await import('@/lib/editor/error-location');
const { useErrorWords } = await import('@/components/course-editor/error-words');
const { topicLabels } = await import('@/lib/labels');
const { topicKeys } = await import('@/lib/validation/content');
const { fullDraft, schemaPaths } = await import('../support/course-draft');

// Rendered inside the catalogue's provider as on a page, in Swedish unless asked.
const html = renderIn;
const editor = () => html(createElement(CourseEditor, { courseId: 'c1', version: 3, initial: fullDraft() }));
const noop = () => {};

describe('topics in the editors', () => {
  it('the course editor offers every topic by its Swedish name, never by its key', () => {
    const page = editor();
    for (const key of topicKeys) expect(page).toContain(`${topicLabels[key]}</label>`);
    expect(page).toContain('Vård och omsorg');
    expect(page).not.toMatch(/>\s*vard[- ]och[- ]omsorg\s*</);
  });

  it('the guide editor does too', () => {
    const page = html(
      createElement(GuideEditorForm, {
        version: 1,
        guideOptions: [],
        initialValues: {
          slug: 'ny',
          title: '',
          summary: '',
          body: '',
          topics: ['vard-och-omsorg'],
          audiences: [],
          skrStep: '',
          skrEdition: '',
          related: [],
          sources: [],
          note: '',
          enTitle: '',
          enSummary: '',
          enBody: '',
          enUpToDate: 'on',
        },
      }),
    );
    for (const key of topicKeys) expect(page).toContain(topicLabels[key]);
    expect(page).not.toMatch(/>\s*vard[- ]och[- ]omsorg\s*</);
  });
});

describe('the fields errors link to', () => {
  it('are all on the page', () => {
    const page = editor();
    const ids = schemaPaths()
      .map((path) => fieldIdFor(path))
      .filter((id): id is string => Boolean(id));
    expect(ids.length).toBeGreaterThan(30);
    for (const id of new Set(ids)) expect(page, id).toContain(`id="${id}"`);
  });

  it('show their error under the field, tied to it with aria-describedby', () => {
    const lesson = fullDraft().lessons[3]!;
    const page = html(
      createElement(LessonEditor, {
        index: 3,
        lesson,
        onChange: noop,
        onMove: noop,
        onRemove: noop,
        first: false,
        last: true,
        errors: { 'lesson-3-body': 'Texten saknas.', 'lesson-3-q0-group': 'Välj vilket svar som är rätt.' },
      }),
    );
    expect(page).toMatch(/<textarea id="lesson-3-body" aria-invalid="true" aria-describedby="lesson-3-body-error"/);
    expect(page).toContain(
      '<p id="lesson-3-body-error" class="mt-1 text-sm font-medium text-red-700">Texten saknas.</p>',
    );
    expect(page).toMatch(/<fieldset id="lesson-3-q0-group" tabindex="-1" aria-describedby="lesson-3-q0-group-error"/);
    expect(page).not.toContain('aria-invalid="true" aria-describedby="lesson-3-title');
  });

  it('the error summary links what has a field and lists the rest as text', () => {
    const page = html(
      createElement(ErrorSummary, {
        message: 'Kursen är inte sparad.',
        answer: 1,
        items: [
          { href: '#lesson-0-body', text: 'Lektion 1 (Välkommen): texten saknas.' },
          { text: 'Versionen: ladda om sidan.' },
        ],
      }),
    );
    expect(page).toContain('<li><a href="#lesson-0-body">Lektion 1 (Välkommen): texten saknas.</a></li>');
    expect(page).toContain('<li>Versionen: ladda om sidan.</li>');
  });
});

describe('the error summary’s words', () => {
  // The place of a problem in the reader's language; the message comes translated from the server.
  function Place({ path, message }: { path: (string | number)[]; message: string }) {
    return describeIssue({ path, message }, fullDraft(), useErrorWords());
  }
  const place = (locale: 'sv' | 'en', path: (string | number)[], message: string) =>
    html(createElement(Place, { path, message }), locale);

  it('name the lesson, the question and the field in English for an English reader', () => {
    expect(place('en', ['draft', 'lessons', 0, 'body'], 'The text is missing.')).toBe(
      'Lesson 1 (Lektion nummer 1): the text is missing.',
    );
    expect(place('en', ['draft', 'lessons', 3, 'questions', 0, 'options', 1, 'text'], 'Too long.')).toMatch(
      /^Lesson 4 \(.+\), question 1, answer option 2, the answer option: too long\.$/,
    );
    expect(place('en', ['version'], 'Reload the page.')).toBe('The version: reload the page.');
  });

  it('stay as they were for a Swedish reader', () => {
    expect(place('sv', ['draft', 'lessons', 0, 'body'], 'Texten saknas.')).toBe(
      'Lektion 1 (Lektion nummer 1): texten saknas.',
    );
  });
});

describe('saveCourseAction', () => {
  const post = (draft: unknown) => {
    const form = new FormData();
    form.set('payload', JSON.stringify({ courseId: 'c1', version: 3, draft }));
    form.set('intent', 'save');
    return saveCourseAction(idle, form);
  };

  it('refuses a bad draft with each message under its path, and saves nothing', async () => {
    const draft = fullDraft();
    draft.lessons[0]!.body = '';
    draft.topics = [];
    const state = await post(draft);
    expect(state).toMatchObject({
      status: 'error',
      code: 'VALIDATION',
      message: 'Kursen är inte sparad. Rätta felen nedan och spara igen.',
      fieldErrors: { 'draft.lessons.0.body': ['Texten saknas.'], 'draft.topics': ['Välj minst ett ämne.'] },
    });
    expect(state.message).not.toContain('›');
    expect(saveCourseDraft).not.toHaveBeenCalled();
  });

  it('saves a good draft', async () => {
    saveCourseDraft.mockResolvedValueOnce({ version: 4, revision: 2 });
    expect(await post(fullDraft())).toMatchObject({ status: 'success', data: { version: 4 } });
  });
});
