'use client';

import { describedBy, ErrorText } from '@/components/ui/field';
import { lessonKindLabels } from '@/lib/labels';
import type { LessonDraft } from '@/lib/validation/course-editor';
import { TextInput } from './inputs';
import { QuizEditor } from './quiz-editor';

export function newLesson(kind: LessonDraft['kind'], n: number): LessonDraft {
  const base = { slug: `lektion-${n}`, title: `Ny lektion ${n}`, body: '' };
  if (kind === 'VIDEO')
    return { ...base, kind, video: '/media/film.mp4', captions: '/media/film.vtt', duration: '1 min' };
  if (kind === 'REFLECTION') return { ...base, kind, prompt: 'Vad betyder det här i ditt arbete?' };
  if (kind === 'QUIZ')
    return {
      ...base,
      kind,
      passMark: 0.8,
      questions: [{ question: '', options: [{ text: '' }, { text: '' }], correct: 0, explanation: '' }],
    };
  return { ...base, kind };
}

type Props = {
  index: number;
  lesson: LessonDraft;
  onChange: (lesson: LessonDraft) => void;
  onMove: (by: number) => void;
  onRemove: () => void;
  first: boolean;
  last: boolean;
  /** The server's messages by field id (lib/editor/error-location.ts names the ids). */
  errors: Record<string, string>;
};

export function LessonEditor({ index, lesson, onChange, onMove, onRemove, first, last, errors }: Props) {
  const id = `lesson-${index}`;
  const name = `lektion ${index + 1}`;
  const error = (field: string) => errors[`${id}-${field}`];
  return (
    <fieldset
      id={id}
      tabIndex={-1}
      aria-describedby={describedBy({ id, error: errors[id] })}
      className="space-y-3 rounded-lg border border-slate-300 p-5"
    >
      <legend className="px-1 font-semibold">
        Lektion {index + 1}: {lessonKindLabels[lesson.kind]}
      </legend>
      <ErrorText id={id} error={errors[id]} />
      <div className="flex flex-wrap gap-2">
        <button
          type="button"
          className="btn-secondary"
          disabled={first}
          onClick={() => onMove(-1)}
          aria-label={`Flytta upp ${name}`}
        >
          Flytta upp
        </button>
        <button
          type="button"
          className="btn-secondary"
          disabled={last}
          onClick={() => onMove(1)}
          aria-label={`Flytta ner ${name}`}
        >
          Flytta ner
        </button>
        <button type="button" className="btn-secondary" onClick={onRemove} aria-label={`Ta bort ${name}`}>
          Ta bort
        </button>
      </div>
      <TextInput
        id={`${id}-title`}
        error={error('title')}
        label="Rubrik"
        value={lesson.title}
        onChange={(title) => onChange({ ...lesson, title })}
      />
      <TextInput
        id={`${id}-slug`}
        error={error('slug')}
        label="Kortnamn i adressen (a–z, 0–9 och bindestreck)"
        value={lesson.slug}
        onChange={(slug) => onChange({ ...lesson, slug })}
      />
      {lesson.kind === 'VIDEO' ? (
        <>
          <TextInput
            id={`${id}-video`}
            error={error('video')}
            label="Filmfil"
            value={lesson.video}
            onChange={(video) => onChange({ ...lesson, video })}
          />
          <TextInput
            id={`${id}-captions`}
            error={error('captions')}
            label="Undertexter (WebVTT)"
            value={lesson.captions}
            onChange={(captions) => onChange({ ...lesson, captions })}
          />
          <TextInput
            id={`${id}-duration`}
            error={error('duration')}
            label="Längd"
            value={lesson.duration}
            onChange={(duration) => onChange({ ...lesson, duration })}
          />
        </>
      ) : null}
      {lesson.kind === 'REFLECTION' ? (
        <TextInput
          id={`${id}-prompt`}
          error={error('prompt')}
          label="Reflektionsfråga"
          value={lesson.prompt}
          onChange={(prompt) => onChange({ ...lesson, prompt })}
        />
      ) : null}
      <TextInput
        id={`${id}-body`}
        error={error('body')}
        label={lesson.kind === 'VIDEO' ? 'Textversion av filmen (Markdown)' : 'Text (Markdown)'}
        multiline
        value={lesson.body}
        onChange={(body) => onChange({ ...lesson, body })}
      />
      {lesson.kind === 'QUIZ' ? <QuizEditor idPrefix={id} lesson={lesson} onChange={onChange} errors={errors} /> : null}
    </fieldset>
  );
}
