import type { ReactNode } from 'react';

/** Ids that tie an input to its error and help text (for aria-describedby). */
export function describedBy(id: string, error: string | null, help: string | undefined): string | undefined {
  return error ? `${id}-error` : help ? `${id}-help` : undefined;
}

/**
 * The frame every form control shares: a visible label (or none, when the control names itself
 * with aria-label, as in a table cell), the control, its help, and the reason a value was refused.
 */
export function FieldFrame({
  id,
  label,
  hideLabel,
  help,
  error,
  className,
  children,
}: {
  id: string;
  label: string;
  hideLabel?: boolean;
  help?: string;
  error: string | null;
  className?: string;
  children: ReactNode;
}) {
  const messages = (
    <>
      {error && (
        <small id={`${id}-error`} role="alert" className="field__error">
          {error}
        </small>
      )}
      {help && !error && (
        <small id={`${id}-help`} className="muted small">
          {help}
        </small>
      )}
    </>
  );
  if (hideLabel) {
    return (
      <span className={`inline-field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
        {children}
        {messages}
      </span>
    );
  }
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children}
      {messages}
    </div>
  );
}
