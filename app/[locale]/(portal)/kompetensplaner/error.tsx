'use client';

// Unexpected errors in the plans: a plain message, never the error itself (it is logged on the server).
export default function PlansError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="max-w-xl py-8">
      <h1 className="mb-4 text-3xl font-bold">Kompetensplanerna kunde inte visas</h1>
      <p className="mb-6">
        Något gick fel. Inget du har skrivit är sparat om du höll på att spara. Försök igen om en stund.
      </p>
      <button type="button" onClick={reset} className="btn-primary">
        Försök igen
      </button>
    </div>
  );
}
