import { requireContentEditor } from '@/lib/auth/guards';

export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  await requireContentEditor('/redaktion');
  return children;
}
