import { AreaMessages } from '@/components/layout/area-messages';
import { requireContentEditor } from '@/lib/auth/guards';

export default async function EditorLayout({ children }: { children: React.ReactNode }) {
  await requireContentEditor('/redaktion');
  return <AreaMessages area="editor">{children}</AreaMessages>;
}
