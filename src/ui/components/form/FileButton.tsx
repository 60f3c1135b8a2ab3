import { useRef, type ReactNode } from 'react';

/**
 * A button that asks for one file (through a hidden file input) and hands it to `onFile`. The
 * input is cleared as soon as the file is taken, so choosing the same file again (after fixing
 * it) fires again.
 */
export function FileButton({
  children,
  accept,
  testId,
  onFile,
}: {
  children: ReactNode;
  /** The file types offered, as the input's accept attribute (".csv,text/csv"). */
  accept: string;
  /** data-testid of the hidden input, for tests that set files on it. */
  testId?: string;
  onFile: (file: File) => void;
}) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {children}
      </button>
      <input
        ref={input}
        type="file"
        accept={accept}
        hidden
        data-testid={testId}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
