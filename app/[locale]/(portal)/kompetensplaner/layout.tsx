import { requireUser } from '@/lib/auth/guards';

// Plans are governance documents: everyone signed in reads their organisation's plans. Pages that
// change a plan check the permission and the administration themselves.
export default async function PlansLayout({ children }: { children: React.ReactNode }) {
  await requireUser('/kompetensplaner');
  return children;
}
