import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { requirePermission } from '@/lib/auth/guards';
import { formatLongDateTime } from '@/lib/dates';
import { getSession } from '@/lib/data/group-sessions';
import { courseUrl, qrSvg } from '@/lib/discussion-guides/qr';
import { ExpectedError } from '@/lib/errors';
import { meetingKindLabels } from '@/lib/labels';

export const metadata: Metadata = { title: 'Anslag om gruppträff' };

type Props = { params: Promise<{ id: string }> };

/** A notice for the staff room, for those without e-mail: large, black on white, printable. */
export default async function SessionNoticePage({ params }: Props) {
  const { id } = await params;
  const viewer = await requirePermission('sessions:plan-units', `/chef/traffar/${id}/anslag`);
  const session = await getSession(viewer, id).catch((error: unknown) => {
    if (error instanceof ExpectedError && ['NOT_FOUND', 'FORBIDDEN'].includes(error.code)) notFound();
    throw error;
  });
  const url = session.course ? courseUrl(session.course.slug) : null;
  const svg = url ? await qrSvg(url) : null;
  return (
    <article data-printable className="space-y-6 text-slate-900 print:text-black">
      <p className="text-sm print:hidden">
        Skriv ut sidan (Ctrl + P, på Mac Cmd + P) och sätt upp den i personalrummet.
      </p>
      <h1 className="text-3xl font-bold break-words hyphens-auto sm:text-4xl">
        {meetingKindLabels[session.kind]}: {session.course?.title ?? 'jämställdhet i vårt arbete'}
      </h1>
      <p className="text-2xl">Välkommen! Vi går igenom materialet tillsammans på mötet.</p>
      <dl className="grid gap-x-6 gap-y-2 text-xl sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">När</dt>
        <dd>
          {formatLongDateTime(session.startsAt)} ({session.minutes} minuter)
        </dd>
        <dt className="font-semibold">Var</dt>
        <dd className="break-words">{session.place}</dd>
        <dt className="font-semibold">Vilka</dt>
        <dd>Alla i {session.units.map((u) => u.name).join(', ')}</dd>
        {session.course ? (
          <>
            <dt className="font-semibold">Vi går igenom</dt>
            <dd>
              <ul className="list-inside list-disc">
                {session.coveredLessons.map((l) => (
                  <li key={l.id}>{l.title}</li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      <p className="text-lg">Du behöver ingen dator. Det vi går igenom räknas in i det du har genomfört.</p>
      {url && svg ? (
        <div className="flex flex-wrap items-center gap-4">
          <div className="size-32 shrink-0" dangerouslySetInnerHTML={{ __html: svg }} />
          <p className="break-words">
            Vill du läsa på egen hand i mobilen: skanna koden eller gå till <span className="break-all">{url}</span>
          </p>
        </div>
      ) : null}
    </article>
  );
}
