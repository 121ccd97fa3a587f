export type LessonFieldsProps = { courseId: string; lessonId: string; courseSlug: string; lessonSlug: string };

/** Hidden fields naming the lesson a learning form is about (checked again on the server). */
export function LessonFields({ courseId, lessonId, courseSlug, lessonSlug }: LessonFieldsProps) {
  return (
    <>
      <input type="hidden" name="courseId" value={courseId} />
      <input type="hidden" name="lessonId" value={lessonId} />
      <input type="hidden" name="courseSlug" value={courseSlug} />
      <input type="hidden" name="lessonSlug" value={lessonSlug} />
    </>
  );
}
