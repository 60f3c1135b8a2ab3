import { useEffect, useLayoutEffect, useRef, useState, type ReactNode, type RefObject } from 'react';
import { createPortal } from 'react-dom';
import './popover.css';

/**
 * A box next to an anchor (a "why?" button, a source badge), rendered in a layer at the end of
 * <body> so no scrolling table or `overflow: hidden` panel clips it. Placed below the anchor, or
 * above when there is no room, and always kept inside the viewport. Escape or a click outside
 * closes it and focus returns to the anchor.
 *
 * `role="tooltip"`: a description shown while the anchor is hovered or focused (a value's
 * source). It takes no focus and has no close button; Escape dismisses it and focus stays where
 * it is (WCAG 2.2 SC 1.4.13: dismissible, hoverable via `onPointerEnter`/`onPointerLeave`).
 */
export function Popover({
  anchor,
  label,
  onClose,
  children,
  testId,
  role = 'dialog',
  id,
  onPointerEnter,
  onPointerLeave,
}: {
  anchor: RefObject<HTMLElement | null>;
  label: string;
  onClose: () => void;
  children: ReactNode;
  testId?: string;
  role?: 'dialog' | 'tooltip';
  id?: string;
  onPointerEnter?: () => void;
  onPointerLeave?: () => void;
}) {
  const tooltip = role === 'tooltip';
  const box = useRef<HTMLDivElement>(null);
  const [pos, setPos] = useState<{ top: number; left: number } | null>(null);

  useLayoutEffect(() => {
    const place = () => {
      const a = anchor.current?.getBoundingClientRect();
      const b = box.current;
      if (!a || !b) return;
      const w = b.offsetWidth;
      const h = b.offsetHeight;
      const vw = document.documentElement.clientWidth;
      const vh = window.innerHeight;
      const below = a.bottom + 6;
      const top = below + h <= vh - 8 || a.top - h - 6 < 8 ? below : a.top - h - 6;
      const left = Math.max(8, Math.min(a.left, vw - w - 8));
      setPos({ top: Math.max(8, top), left });
    };
    place();
    window.addEventListener('resize', place);
    window.addEventListener('scroll', place, true);
    return () => {
      window.removeEventListener('resize', place);
      window.removeEventListener('scroll', place, true);
    };
  }, [anchor]);

  // Keyboard users land in the popover (it is portalled at the end of the page, far from its
  // anchor in the tab order); closing it gives focus back to the anchor.
  // (Once placed: a popover still hidden while it measures itself cannot take focus.)
  const placed = pos !== null;
  useEffect(() => {
    if (placed && !tooltip)
      box.current?.querySelector<HTMLButtonElement>('button.popover__close')?.focus({ preventScroll: true });
  }, [placed, tooltip]);

  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key === 'Escape') {
        onClose();
        if (!tooltip) anchor.current?.focus();
      }
    };
    const onDown = (e: MouseEvent) => {
      const t = e.target as Node;
      if (!box.current?.contains(t) && !anchor.current?.contains(t)) onClose();
    };
    document.addEventListener('keydown', onKey);
    document.addEventListener('mousedown', onDown);
    return () => {
      document.removeEventListener('keydown', onKey);
      document.removeEventListener('mousedown', onDown);
    };
  }, [anchor, onClose, tooltip]);

  return createPortal(
    <div
      ref={box}
      id={id}
      className={tooltip ? 'popover popover--tooltip' : 'popover'}
      role={role}
      aria-label={tooltip ? undefined : label}
      data-testid={testId}
      onPointerEnter={onPointerEnter}
      onPointerLeave={onPointerLeave}
      style={pos ? { top: pos.top, left: pos.left } : { top: 0, left: 0, visibility: 'hidden' }}
    >
      {!tooltip && (
        <button
          type="button"
          className="link-button popover__close"
          onClick={() => {
            onClose();
            anchor.current?.focus();
          }}
          aria-label="Close"
        >
          ✕
        </button>
      )}
      {children}
    </div>,
    document.body,
  );
}
