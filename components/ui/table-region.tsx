/**
 * A wide table's own scroll area: on a phone the table scrolls sideways inside it, never the page.
 * The region is named (by the table's caption id, or a label of its own) and takes keyboard focus,
 * so it can be scrolled with the arrow keys (WCAG 2.1.1).
 */
export function TableRegion({
  labelledBy,
  label,
  children,
}: {
  labelledBy?: string;
  label?: string;
  children: React.ReactNode;
}) {
  return (
    <div
      role="region"
      aria-labelledby={labelledBy}
      aria-label={labelledBy ? undefined : label}
      tabIndex={0}
      className="overflow-x-auto rounded focus-visible:outline-2 focus-visible:outline-offset-2"
    >
      {children}
    </div>
  );
}
