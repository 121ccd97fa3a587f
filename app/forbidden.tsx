import Link from 'next/link';
import { getViewer } from '@/lib/auth/guards';
import { t } from '@/lib/i18n';

// Who is refused decides who can help: an employee asks their manager, a manager the
// administrator, and an administrator (who holds every permission) was refused by a rule about
// the record itself, which another administrator can look into.
export default async function Forbidden() {
  const viewer = await getViewer();
  const text =
    viewer?.role === 'ADMIN'
      ? t.errors.forbiddenAdminText
      : viewer?.role === 'MANAGER' || viewer?.role === 'STRATEGIST'
        ? t.errors.forbiddenManagerText
        : t.errors.forbiddenText;
  return (
    <div className="mx-auto max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">{t.errors.forbiddenTitle}</h1>
      <p className="mb-6">{text}</p>
      <Link href="/">{t.errors.toStart}</Link>
    </div>
  );
}
