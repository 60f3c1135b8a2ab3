// @vitest-environment happy-dom
import { act, cleanup, render, screen } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useProgressiveCount } from '../../../src/ui/components/progressive/use-progressive-count';

function List({ total, listKey }: { total: number; listKey: string }) {
  const drawn = useProgressiveCount(total, listKey, 20);
  return <p data-testid="drawn">{drawn}</p>;
}
const drawn = () => Number(screen.getByTestId('drawn').textContent);
const nextTask = () => act(() => vi.advanceTimersByTime(1));

beforeEach(() => vi.useFakeTimers());
afterEach(() => {
  cleanup();
  vi.useRealTimers();
});

describe('useProgressiveCount', () => {
  it('draws 20 rows, then 20 more per task until all 50 are drawn', async () => {
    render(<List total={50} listKey="a" />);
    expect(drawn()).toBe(20);
    await nextTask();
    expect(drawn()).toBe(40);
    await nextTask();
    expect(drawn()).toBe(50);
    await nextTask();
    expect(drawn()).toBe(50);
  });

  it('starts again from 20 for another list', async () => {
    const { rerender } = render(<List total={50} listKey="a" />);
    for (let i = 0; i < 3; i++) await nextTask();
    rerender(<List total={60} listKey="b" />);
    expect(drawn()).toBe(20);
    await nextTask();
    expect(drawn()).toBe(40);
  });

  it('once every row is drawn, rows added by an edit appear at once', async () => {
    const { rerender } = render(<List total={30} listKey="a" />);
    for (let i = 0; i < 3; i++) await nextTask();
    expect(drawn()).toBe(30);
    rerender(<List total={75} listKey="a" />);
    expect(drawn()).toBe(75);
  });

  it('draws a short list whole at once', () => {
    render(<List total={7} listKey="a" />);
    expect(drawn()).toBe(7);
  });
});
