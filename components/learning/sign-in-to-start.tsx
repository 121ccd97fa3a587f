import Link from 'next/link';

/** For readers who are not signed in: why a course asks for it, before it does. */
export function SignInToStart({ href }: { href: string }) {
  return (
    <div className="mt-4 max-w-2xl space-y-3">
      <p>
        Alla kan läsa om kursen här. För att gå den loggar du in med ditt konto från arbetet: då sparar portalen vilka
        lektioner du har gjort klart, så att du kan fortsätta där du slutade, och du får ett intyg när kursen är klar.
      </p>
      <p>
        <Link
          href={`/logga-in?callbackUrl=${encodeURIComponent(href)}`}
          className="btn-primary no-underline hover:text-white"
        >
          Logga in och börja kursen
        </Link>
      </p>
    </div>
  );
}
