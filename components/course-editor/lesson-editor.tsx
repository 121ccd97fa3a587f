'use client';

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
};

export function LessonEditor({ index, lesson, onChange, onMove, onRemove, first, last }: Props) {
  const id = `lesson-${index}`;
  const name = `lektion ${index + 1}`;
  return (
    <fieldset className="space-y-3 rounded-lg border border-slate-300 p-5">
      <legend className="px-1 font-semibold">
        Lektion {index + 1}: {lessonKindLabels[lesson.kind]}
      </legend>
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
        label="Rubrik"
        value={lesson.title}
        onChange={(title) => onChange({ ...lesson, title })}
      />
      <TextInput
        id={`${id}-slug`}
        label="Kortnamn i adressen (a–z, 0–9 och bindestreck)"
        value={lesson.slug}
        onChange={(slug) => onChange({ ...lesson, slug })}
      />
      {lesson.kind === 'VIDEO' ? (
        <>
          <TextInput
            id={`${id}-video`}
            label="Filmfil"
            value={lesson.video}
            onChange={(video) => onChange({ ...lesson, video })}
          />
          <TextInput
            id={`${id}-captions`}
            label="Undertexter (WebVTT)"
            value={lesson.captions}
            onChange={(captions) => onChange({ ...lesson, captions })}
          />
          <TextInput
            id={`${id}-duration`}
            label="Längd"
            value={lesson.duration}
            onChange={(duration) => onChange({ ...lesson, duration })}
          />
        </>
      ) : null}
      {lesson.kind === 'REFLECTION' ? (
        <TextInput
          id={`${id}-prompt`}
          label="Reflektionsfråga"
          value={lesson.prompt}
          onChange={(prompt) => onChange({ ...lesson, prompt })}
        />
      ) : null}
      <TextInput
        id={`${id}-body`}
        label={lesson.kind === 'VIDEO' ? 'Textversion av filmen (Markdown)' : 'Text (Markdown)'}
        multiline
        value={lesson.body}
        onChange={(body) => onChange({ ...lesson, body })}
      />
      {lesson.kind === 'QUIZ' ? <QuizEditor idPrefix={id} lesson={lesson} onChange={onChange} /> : null}
    </fieldset>
  );
}
