import { ApiError } from '../../electron/api/bridge';

/** A refused save's messages by field path (`posture.everyMinutes`), each to show beside its field. */
export function fieldErrors(error: unknown): Record<string, string> {
  if (!(error instanceof ApiError)) return {};
  const byField: Record<string, string> = {};
  for (const issue of error.issues) byField[issue.field] ??= issue.message;
  return byField;
}

const errorId = (inputId: string) => `${inputId}-error`;

/** Marks a control invalid and points it at its message (nothing when it is fine). */
export const invalidProps = (inputId: string, message: string | undefined) =>
  message ? { 'aria-invalid': true as const, 'aria-describedby': errorId(inputId) } : {};

/** The message under a control, which the control's description reads out. */
export function FieldError({ inputId, message }: { inputId: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p className="field-error" id={errorId(inputId)}>
      {message}
    </p>
  );
}
