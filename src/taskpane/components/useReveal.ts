import { useEffect, useRef } from "react";

/** Scrolls a result into view when it changes, so a new result below a long list is not missed. */
export function useReveal<T extends HTMLElement>(value: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    if (value !== null && value !== undefined) ref.current?.scrollIntoView({ block: "nearest" });
  }, [value]);
  return ref;
}
