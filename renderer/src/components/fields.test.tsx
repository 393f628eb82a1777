// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { NumberField } from './fields';

afterEach(cleanup);

function field(props: Partial<Parameters<typeof NumberField>[0]> = {}) {
  const onChange = vi.fn<(v: number | null) => void>();
  const utils = render(<NumberField label="Tempofactor" value={1} min={0} max={5} locale="nl-NL" onChange={onChange} {...props} />);
  return { onChange, input: screen.getByLabelText<HTMLInputElement>(props.label ?? 'Tempofactor'), ...utils };
}

describe('NumberField', () => {
  it('shows the value the Dutch way and accepts a decimal comma or point', () => {
    const { input, onChange } = field({ value: 1.25 });
    expect(input.value).toBe('1,25');
    fireEvent.change(input, { target: { value: '1,5' } });
    expect(onChange).toHaveBeenLastCalledWith(1.5);
    fireEvent.change(input, { target: { value: '2.75' } });
    expect(onChange).toHaveBeenLastCalledWith(2.75);
  });

  it('text that is no number stays in the field with a Dutch message, and reaches nobody', () => {
    const { input, onChange } = field();
    fireEvent.change(input, { target: { value: '1,5x' } });
    expect(input.value).toBe('1,5x');
    expect(screen.getByRole('alert').textContent).toMatch(/"1,5x" is geen getal/);
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('out of range says the range in Dutch', () => {
    const { input, onChange } = field();
    fireEvent.change(input, { target: { value: '9' } });
    expect(screen.getByRole('alert').textContent).toBe('Kies een waarde van 0 tot en met 5.');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('a percentage is shown × 100 and stored as a fraction; empty means "default" where allowed', () => {
    const { input, onChange } = field({ value: 0.5, percent: true, min: 0, max: 1, nullable: true, label: 'Aandeel' });
    expect(input.value).toBe('50');
    fireEvent.change(input, { target: { value: '62,5' } });
    expect(onChange).toHaveBeenLastCalledWith(0.625);
    fireEvent.change(input, { target: { value: '' } });
    expect(onChange).toHaveBeenLastCalledWith(null);
  });

  it('empty is refused where a number is required', () => {
    const { input, onChange } = field();
    fireEvent.change(input, { target: { value: ' ' } });
    expect(screen.getByRole('alert').textContent).toBe('Vul een getal in.');
    expect(onChange).not.toHaveBeenCalled();
  });

  it('speaks English in English', () => {
    const { input } = field({ locale: 'en-GB' });
    fireEvent.change(input, { target: { value: '9' } });
    expect(screen.getByRole('alert').textContent).toBe('Choose a value from 0 to 5.');
  });

  it('follows a new value from outside (undo), replacing what was typed', () => {
    const { input, rerender, onChange } = field({ value: 1.5 });
    rerender(<NumberField label="Tempofactor" value={1} min={0} max={5} locale="nl-NL" onChange={onChange} />);
    expect(input.value).toBe('1');
  });
});
