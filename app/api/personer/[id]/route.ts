import { NextResponse } from 'next/server';
import { authorize } from '@/lib/auth/guards';
import { getPersonForViewer } from '@/lib/data/people';
import { handle } from '@/lib/http';

/** One person's summary, for those who may see them (themselves, their managers, admins). */
export const GET = handle(async (_request: Request, { params }: { params: Promise<{ id: string }> }) => {
  const viewer = await authorize('profile:own');
  const { id } = await params;
  return NextResponse.json(await getPersonForViewer(viewer, id));
});
