import { useState } from 'react';

/**
 * False until the pointer first enters the chart or it takes keyboard focus, then true for good.
 * The recharts <Tooltip> is mounted only from then on: mounted with the chart it subscribes to the
 * chart's store and adds a render pass to every chart's first paint, though most charts on a
 * screen are never hovered (issue 18, the scale test's 200 ms limit).
 */
export function useFirstPointer(): [boolean, { onPointerEnter: () => void; onFocus: () => void }] {
  const [active, setActive] = useState(false);
  const activate = () => {
    if (!active) setActive(true);
  };
  return [active, { onPointerEnter: activate, onFocus: activate }];
}
