'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { authorize } from '@/lib/auth/guards';
import { createCourse, publishCourse, restoreCourseRevision, saveCourseDraft } from '@/lib/data/course-editor';
import { newCourseSchema, saveCourseSchema } from '@/lib/validation/course-editor';
import { fromError, fromZodError, type ActionState } from './state';

export type EditorState = ActionState & { version?: number };

function refreshLearner(slug?: string) {
  revalidatePath('/larvagar', 'layout');
  if (slug) revalidatePath(`/kurser/${slug}`, 'layout');
}

export async function createCourseAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  let id: string;
  try {
    const editor = await authorize('content:edit');
    const parsed = newCourseSchema.safeParse({ title: form.get('title'), summary: form.get('summary') });
    if (!parsed.success) return fromZodError(parsed.error);
    id = (await createCourse(editor, parsed.data)).id;
  } catch (error) {
    return fromError(error);
  }
  redirect(`/redaktion/kurser/${id}`);
}

/** The editor posts the whole draft as JSON (its lesson list is built in the browser). */
export async function saveCourseAction(_prev: EditorState, form: FormData): Promise<EditorState> {
  try {
    const editor = await authorize('content:edit');
    let payload: unknown;
    try {
      payload = JSON.parse(String(form.get('payload') ?? ''));
    } catch {
      return { status: 'error', message: 'Kursen kunde inte läsas. Ladda om sidan och försök igen.' };
    }
    const parsed = saveCourseSchema.safeParse(payload);
    if (!parsed.success) {
      const first = parsed.error.issues[0];
      return {
        status: 'error',
        message: `Kursen är inte sparad. ${first?.message ?? ''} (${first?.path.join(' › ')})`,
      };
    }
    const saved = await saveCourseDraft(editor, parsed.data);
    if (form.get('intent') === 'publish') {
      const published = await publishCourse(editor, { courseId: parsed.data.courseId, version: saved.version });
      refreshLearner(published.slug);
      return {
        status: 'success',
        message: 'Kursen är sparad och publicerad. Deltagarna ser den nya versionen nu.',
        version: published.version,
      };
    }
    return {
      status: 'success',
      message: `Utkastet är sparat som version ${saved.revision}. Det syns inte för deltagarna förrän du publicerar.`,
      version: saved.version,
    };
  } catch (error) {
    return fromError(error);
  }
}

export async function restoreCourseAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const editor = await authorize('content:edit');
    const courseId = String(form.get('courseId') ?? '');
    const result = await restoreCourseRevision(editor, {
      courseId,
      revisionId: String(form.get('revisionId') ?? ''),
      version: Number(form.get('version')),
    });
    revalidatePath(`/redaktion/kurser/${courseId}`, 'layout');
    return {
      status: 'success',
      message: `Versionen är återställd som ett nytt utkast (version ${result.revision}). Publicera när du är klar.`,
    };
  } catch (error) {
    return fromError(error);
  }
}
