import type { SessionUser } from '@/lib/data/session-user';
import type { Role } from '@/lib/auth/permissions';
import { audienceLabels, roleLabels } from '@/lib/labels';

// The role and the audience are two different things that both read like job titles: each says
// in a line what it decides, so nobody wonders why they are "Strateg" in one and "Chef" in the other.
const roleMeans = {
  EMPLOYEE: 'Du kan läsa vägledningen, gå kurser och följa det du själv har gjort.',
  MANAGER: 'Du kan gå kurser, tilldela kurser och följa upp personerna i dina enheter.',
  STRATEGIST: 'Du kan det en chef kan, och dessutom ändra portalens innehåll och se statistik för hela organisationen.',
  ADMIN: 'Du kan det en strateg kan, och dessutom hantera personer, enheter och inställningar och läsa loggen.',
} as const satisfies Record<Role, string>;

/** What the portal holds on the signed-in person's account, as shown on /min-sida and /konto. */
export function PersonDetails({
  me,
}: {
  me: Pick<SessionUser, 'email' | 'organisationName' | 'unitName' | 'role' | 'audience'>;
}) {
  return (
    <dl className="grid grid-cols-[max-content_1fr] gap-x-6 gap-y-2">
      <dt className="font-medium">E-post</dt>
      <dd className="break-words">{me.email}</dd>
      <dt className="font-medium">Organisation</dt>
      <dd>{me.organisationName}</dd>
      <dt className="font-medium">Enhet</dt>
      <dd>{me.unitName ?? 'Ingen enhet'}</dd>
      <dt className="font-medium">Roll i portalen</dt>
      <dd>
        {roleLabels[me.role]}
        <span className="block text-sm text-slate-600">Vad du får göra här. {roleMeans[me.role]}</span>
      </dd>
      <dt className="font-medium">Målgrupp</dt>
      <dd>
        {audienceLabels[me.audience]}
        <span className="block text-sm text-slate-600">Vilken lärväg som är din.</span>
      </dd>
    </dl>
  );
}
