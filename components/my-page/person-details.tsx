import type { SessionUser } from '@/lib/data/session-user';
import { audienceLabels, roleLabels } from '@/lib/labels';

/** What the portal holds on the signed-in person's account, as shown on /min-sida and /konto. */
export function PersonDetails({
  me,
}: {
  me: Pick<SessionUser, 'email' | 'organisationName' | 'unitName' | 'role' | 'audience'>;
}) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
      <dt className="font-medium">E-post</dt>
      <dd>{me.email}</dd>
      <dt className="font-medium">Organisation</dt>
      <dd>{me.organisationName}</dd>
      <dt className="font-medium">Enhet</dt>
      <dd>{me.unitName ?? 'Ingen enhet'}</dd>
      <dt className="font-medium">Roll i portalen</dt>
      <dd>{roleLabels[me.role]}</dd>
      <dt className="font-medium">Målgrupp</dt>
      <dd>{audienceLabels[me.audience]}</dd>
    </dl>
  );
}
