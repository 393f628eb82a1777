// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { useRenderWithStore } from '../test/renderWithStore';
import { ProjectForm } from './ProjectForm';

const renderWithStore = useRenderWithStore();

async function renderForm(locale: 'nl-NL' | 'en-GB') {
  const onSave = vi.fn(() => Promise.resolve(null));
  await renderWithStore(<ProjectForm project={null} onSave={onSave} onCancel={() => undefined} />, { locale });
  return onSave;
}

/** Issue 14 item 2: the text rule's refusal at the field, in the window's language; nothing is saved. */
describe('project form: a character no one can see is refused at the field', () => {
  it.each([
    ['nl-NL', 'De naam bevat een onzichtbaar stuurteken (U+0007) op positie 4; haal het weg.', 'De toelichting bevat een teken dat geen tekst is (U+FFFF) op positie 2; haal het weg.'],
    ['en-GB', 'The name contains an invisible control character (U+0007) at position 4; remove it.', 'The note contains a character that is not text (U+FFFF) at position 2; remove it.'],
  ] as const)('%s', async (locale, nameMessage, noteMessage) => {
    const onSave = await renderForm(locale);
    fireEvent.change(screen.getByTestId('project-name'), { target: { value: 'Hof\u0007' } });
    fireEvent.change(screen.getByTestId('project-note'), { target: { value: 'a\uFFFF' } });
    fireEvent.change(screen.getByTestId('project-completionYear'), { target: { value: '2028' } });
    fireEvent.change(screen.getByTestId('project-total'), { target: { value: '10' } });
    fireEvent.click(screen.getByTestId('project-save'));
    await waitFor(() => expect(screen.getByText(nameMessage)).toBeTruthy());
    expect(screen.getByText(noteMessage)).toBeTruthy();
    expect(screen.getByTestId('project-name').getAttribute('aria-invalid')).toBe('true');
    expect(onSave).not.toHaveBeenCalled();
  });
});
