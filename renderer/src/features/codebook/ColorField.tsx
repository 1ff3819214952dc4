import { useEffect, useRef } from 'react';

interface Props {
  id: string;
  value: string;
  onSave: (color: string) => void;
}

/**
 * A colour picker saved when the choice is made, not while the user drags
 * through the palette: React's onChange fires on every intermediate colour,
 * which would make dozens of saves and undo steps, so this listens to the
 * native `change` event, sent once the picker closes.
 */
export function ColorField({ id, value, onSave }: Props) {
  const input = useRef<HTMLInputElement>(null);
  const save = useRef(onSave);
  save.current = onSave;

  useEffect(() => {
    const el = input.current;
    if (!el) return;
    const onChange = () => save.current(el.value);
    el.addEventListener('change', onChange);
    return () => el.removeEventListener('change', onChange);
  }, []);

  // Uncontrolled (see above); shows the stored colour again when it changes (a save, an undo).
  useEffect(() => {
    if (input.current) input.current.value = value;
  }, [value]);

  return <input ref={input} id={id} type="color" defaultValue={value} />;
}
