import type { Metadata } from 'next';
import Link from 'next/link';

export const metadata: Metadata = { title: 'Kolla din e-post' };

export default function CheckEmailPage() {
  return (
    <div className="mx-auto max-w-xl">
      <h1 className="mb-4 text-3xl font-bold tracking-tight">Kolla din e-post</h1>
      <p className="mb-3">
        Om adressen hör till ett konto i portalen har vi skickat en inloggningslänk dit. Länken gäller i 30 minuter och
        fungerar en gång.
      </p>
      <p className="mb-6">
        Hittar du inte mejlet? Titta i skräpposten, eller be om en ny länk. Vi skickar högst tre länkar på en kvart till
        samma adress; en länk du redan har fått fungerar tills den har använts eller gått ut.
      </p>
      <Link href="/logga-in">Tillbaka till inloggningen</Link>
    </div>
  );
}
