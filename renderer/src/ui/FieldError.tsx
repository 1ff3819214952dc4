interface Props {
  /** For aria-describedby on the field it belongs to. */
  id?: string;
  /** Nothing is shown when there is no message. */
  message: string | null | undefined;
}

/** Why the field next to it was refused: read out at once (role=alert), gone when fixed. */
export function FieldError({ id, message }: Props) {
  if (!message) return null;
  return (
    <p id={id} className="form-error field-error" role="alert">
      {message}
    </p>
  );
}
