const tones = {
  error: 'border-red-700 bg-red-50 text-red-900',
  success: 'border-green-700 bg-green-50 text-green-900',
  info: 'border-brand-600 bg-brand-50 text-brand-900',
} as const;

/** A message region: errors are announced at once (role="alert"), other messages politely. */
export function Alert({ tone, children }: { tone: keyof typeof tones; children: React.ReactNode }) {
  return (
    <div role={tone === 'error' ? 'alert' : 'status'} className={`rounded border-l-4 p-4 ${tones[tone]}`}>
      {children}
    </div>
  );
}
