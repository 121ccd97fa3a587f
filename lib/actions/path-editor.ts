'use server';

import { revalidatePath } from 'next/cache';
import { authorize } from '@/lib/auth/guards';
import { keyToAudience } from '@/lib/audiences';
import { savePath } from '@/lib/data/path-editor';
import { pathEditSchema } from '@/lib/validation/course-editor';
import { fromError, fromZodError, type ActionState } from './state';

export async function savePathAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  try {
    const editor = await authorize('content:edit');
    // Courses are chosen by giving each a position; empty positions leave the course out.
    const positions = [...form.entries()]
      .flatMap(([key, value]) =>
        key.startsWith('pos-') && String(value).trim() !== '' ? [{ id: key.slice(4), pos: Number(value) }] : [],
      )
      .filter((p) => Number.isFinite(p.pos))
      .sort((a, b) => a.pos - b.pos);
    const parsed = pathEditSchema.safeParse({
      audience: form.get('audience'),
      version: form.get('version'),
      title: form.get('title'),
      summary: form.get('summary'),
      intro: form.get('intro'),
      courseIds: positions.map((p) => p.id),
    });
    if (!parsed.success) return fromZodError(parsed.error);
    await savePath(editor, { ...parsed.data, audience: keyToAudience[parsed.data.audience] });
    revalidatePath('/larvagar', 'layout');
    revalidatePath(`/redaktion/larvagar/${parsed.data.audience}`);
    return { status: 'success', message: 'Lärvägen är sparad och publicerad.' };
  } catch (error) {
    return fromError(error);
  }
}
