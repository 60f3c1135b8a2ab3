import { useLayoutEffect, useRef, useState, type RefObject } from 'react';

/**
 * The width in px of the element `ref` points to, kept current with a ResizeObserver. Read once
 * before the first paint, so a chart appears drawn at its size rather than a frame later. 0 until
 * known (and while hidden): charts draw nothing at width 0.
 */
export function useElementWidth<T extends HTMLElement>(): [RefObject<T | null>, number] {
  const ref = useRef<T>(null);
  const [width, setWidth] = useState(0);
  useLayoutEffect(() => {
    const el = ref.current;
    if (!el) return;
    setWidth(el.clientWidth);
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver((entries) => {
      const w = entries[0]?.contentRect.width;
      if (w !== undefined) setWidth(Math.round(w));
    });
    observer.observe(el);
    return () => observer.disconnect();
  }, []);
  return [ref, width];
}
