/** A refusal or failure, announced to screen readers; nothing when there is none. */
export function FormError({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <p role="alert" className="form-error">
      {text}
    </p>
  );
}
