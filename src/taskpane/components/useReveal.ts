import { useEffect, useRef } from "react";

/**
 * Scrolls a result into view when it changes, so a new result below a long list is not missed;
 * with `focus`, also moves the keyboard focus there (the element needs tabIndex -1), so a person
 * who pressed Kiểm tra or Tính toán with the keyboard lands on what it found.
 */
export function useReveal<T extends HTMLElement>(value: unknown, options: { focus?: boolean } = {}) {
  const ref = useRef<T>(null);
  const focus = options.focus === true;
  useEffect(() => {
    if (value === null || value === undefined) return;
    ref.current?.scrollIntoView({ block: "nearest" });
    if (focus) ref.current?.focus({ preventScroll: true });
  }, [value, focus]);
  return ref;
}
