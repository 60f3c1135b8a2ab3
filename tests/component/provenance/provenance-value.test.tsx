// @vitest-environment happy-dom
import { afterEach, describe, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ProvenanceValue } from '../../../src/ui/components/provenance/ProvenanceValue';

afterEach(cleanup);

const origin = {
  kind: 'reference' as const,
  provenance: { source: 'JCRN survey 2024', asOf: '2025-06', confidence: 'medium' as const },
};

function renderInClippingCell() {
  render(
    <div data-testid="clip" style={{ overflow: 'hidden', width: 40, height: 20 }}>
      <ProvenanceValue value={{ min: 60, mode: 90, max: 150 }} origin={origin} />
    </div>,
  );
  return screen.getByText('90 (60–150)').closest('.provenance') as HTMLElement;
}

describe('ProvenanceValue: the source in the unclipped popover layer', () => {
  it('shows nothing until asked, then a tooltip portalled outside the clipping cell on hover', async () => {
    const value = renderInClippingCell();
    expect(screen.queryByRole('tooltip')).toBeNull();
    await userEvent.hover(value);
    const tip = await screen.findByRole('tooltip');
    expect(tip.textContent).toContain('Source: JCRN survey 2024. As of 2025-06. Confidence: medium.');
    // Rendered at the end of <body>, not inside the cell that clips
    expect(screen.getByTestId('clip').contains(tip)).toBe(false);
    expect(tip.closest('body')).toBe(document.body);
    expect(value.getAttribute('aria-describedby')).toBe(tip.id);
    await userEvent.unhover(value);
    await expect.poll(() => screen.queryByRole('tooltip')).toBeNull();
  });

  it('opens on keyboard focus, closes with Escape (focus stays on the value) and on blur', async () => {
    const value = renderInClippingCell();
    await userEvent.tab();
    expect(document.activeElement).toBe(value);
    expect((await screen.findByRole('tooltip')).textContent).toContain('JCRN survey 2024');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('tooltip')).toBeNull();
    expect(document.activeElement).toBe(value);
    expect(value.hasAttribute('aria-describedby')).toBe(false);
    await userEvent.tab({ shift: true });
    await userEvent.tab();
    expect(await screen.findByRole('tooltip')).toBeTruthy();
    await userEvent.tab();
    expect(screen.queryByRole('tooltip')).toBeNull();
  });
});
