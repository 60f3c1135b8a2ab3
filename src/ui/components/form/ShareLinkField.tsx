/**
 * A share link shown for copying: a read-only input that selects its whole text on focus, and a
 * Done button that hides it. Named by a visible label (`id` for its htmlFor) or by `label`.
 */
export function ShareLinkField({
  url,
  id,
  label,
  testId,
  onDone,
}: {
  url: string;
  id?: string;
  label?: string;
  testId: string;
  onDone: () => void;
}) {
  return (
    <>
      <input
        id={id}
        readOnly
        aria-label={label}
        value={url}
        onFocus={(e) => e.currentTarget.select()}
        data-testid={testId}
      />
      <button type="button" onClick={onDone}>
        Done
      </button>
    </>
  );
}
