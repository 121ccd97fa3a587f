import Link from 'next/link';
import type { EditableGuide } from '@/lib/data/guide-editor';
import { formatDateTime } from '@/lib/dates';
import { contentStatusLabels } from '@/lib/labels';

/** Where the page stands: what readers see, what is still a draft, and what can be done next. */
export function GuideStatus({ guide }: { guide: EditableGuide }) {
  const base = `/redaktion/vagledning/${guide.id}`;
  const live = guide.status === 'PUBLISHED';
  const pending = !live || guide.publishedNumber !== guide.latest.number;
  return (
    <section aria-labelledby="status-heading" className="mb-8 rounded-lg border border-slate-200 bg-slate-50 p-4">
      <h2 id="status-heading" className="sr-only">
        Status
      </h2>
      <dl className="grid gap-x-6 gap-y-1 text-sm sm:grid-cols-[auto_1fr]">
        <dt className="font-medium">Status</dt>
        <dd data-testid="guide-status">
          {contentStatusLabels[guide.status]}
          {live ? ` – läsarna ser version ${guide.publishedNumber}` : ' – läsarna ser inte sidan'}
        </dd>
        <dt className="font-medium">Senaste version</dt>
        <dd>
          Version {guide.latest.number}, {guide.latest.authorName}, {formatDateTime(guide.latest.createdAt)}
          {live && pending ? ' (inte publicerad än)' : null}
        </dd>
      </dl>
      <ul className="mt-3 flex flex-wrap gap-x-5 gap-y-2 text-sm">
        <li>
          <Link href={`${base}/forhandsvisning`}>Förhandsvisa{pending ? ' och publicera' : ''}</Link>
        </li>
        <li>
          <Link href={`${base}/historik`}>Historik</Link>
        </li>
        {live ? (
          <>
            <li>
              {/* No prefetch: a render started now could finish after a rename and cache the old page. */}
              <Link href={`/vagledning/${guide.slug}`} prefetch={false}>
                Visa den publicerade sidan
              </Link>
            </li>
            <li>
              <Link href={`${base}/avpublicera`}>Avpublicera</Link>
            </li>
          </>
        ) : null}
        <li>
          <Link href={`${base}/ta-bort`} className="text-red-800">
            Ta bort sidan
          </Link>
        </li>
      </ul>
    </section>
  );
}
