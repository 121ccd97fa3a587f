import { requireContentEditor } from '@/lib/auth/content-guards';

export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  await requireContentEditor('/redaktion');
  return children;
}
