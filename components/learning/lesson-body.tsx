import { Markdown } from '@/components/content/markdown';
import type { LessonRow } from '@/lib/data/learning';
import { countQuizAttempts, getLastQuizAttempt, getReflection } from '@/lib/data/progress';
import { optionOrder } from '@/lib/learning/quiz';
import { parseLessonData } from '@/lib/learning/lesson-data';
import { CompleteButton } from './complete-button';
import type { LessonFieldsProps } from './lesson-fields';
import { QuizForm } from './quiz-form';
import { ReflectionForm } from './reflection-form';

type Props = { lesson: LessonRow; viewerId: string; done: boolean; lessonRef: LessonFieldsProps };

/** The interactive part of a lesson, by kind. */
export async function LessonBody({ lesson, viewerId, done, lessonRef }: Props) {
  switch (lesson.kind) {
    case 'READING':
      return <CompleteButton {...lessonRef} done={done} />;
    case 'VIDEO': {
      const video = parseLessonData('VIDEO', lesson.data);
      return (
        <>
          <figure>
            <video
              controls
              preload="metadata"
              className="w-full max-w-3xl rounded bg-black"
              aria-describedby="transcript-heading"
            >
              <source src={video.video} type="video/mp4" />
              <track kind="captions" src={video.captions} srcLang="sv" label="Svenska" default />
            </video>
            <figcaption className="mt-2 text-sm text-slate-600">
              Film, {video.duration}. Svenska undertexter finns; hela texten står nedan.
            </figcaption>
          </figure>
          <section aria-labelledby="transcript-heading" className="rounded-lg bg-slate-50 p-5">
            <h2 id="transcript-heading" className="sr-only">
              Filmens text
            </h2>
            <Markdown source={lesson.body} />
          </section>
          <CompleteButton {...lessonRef} done={done} />
        </>
      );
    }
    case 'REFLECTION': {
      const { prompt } = parseLessonData('REFLECTION', lesson.data);
      const saved = await getReflection(viewerId, lesson.id);
      return <ReflectionForm {...lessonRef} prompt={prompt} saved={saved?.text ?? null} />;
    }
    case 'QUIZ': {
      const quiz = parseLessonData('QUIZ', lesson.data);
      const [last, attempts] = await Promise.all([
        getLastQuizAttempt(viewerId, lesson.id),
        countQuizAttempts(viewerId, lesson.id),
      ]);
      // Shuffled per attempt, so where the right answer stands gives nothing away.
      const questions = quiz.questions.map((q, i) => ({
        question: q.question,
        options: optionOrder(`${viewerId}:${lesson.id}:${attempts}:${i}`, q.options.length).map((id) => ({
          id,
          text: q.options[id]!.text,
        })),
      }));
      return (
        <>
          {lesson.body ? <Markdown source={lesson.body} /> : null}
          {done ? (
            <p className="font-medium text-green-900">
              Du har klarat kunskapskontrollen. Du kan göra den igen om du vill.
            </p>
          ) : null}
          {last && !done ? (
            <p className="text-slate-700">
              Senaste försöket: {last.correct} av {last.total} rätt.
            </p>
          ) : null}
          <QuizForm {...lessonRef} questions={questions} passMark={quiz.passMark} />
        </>
      );
    }
  }
}
