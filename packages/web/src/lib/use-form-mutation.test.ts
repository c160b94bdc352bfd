import { act, renderHook } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { ApiError } from './api-client.ts';
import { initI18n } from './i18n.ts';
import { useFormFeedback } from './use-form-mutation.ts';

describe('the handlers after a confirmed action', () => {
  beforeEach(() => initI18n('nl'));

  it('ends the question and then says it worked', () => {
    const { result } = renderHook(() => useFormFeedback());
    const done = vi.fn();
    act(() => result.current.afterConfirm(done, 'Verwijderd.').onSuccess());
    expect(done).toHaveBeenCalledTimes(1);
    expect(result.current.feedback).toEqual({ kind: 'success', text: 'Verwijderd.', focus: true });
  });

  it('ends the question and then shows what went wrong', () => {
    const { result } = renderHook(() => useFormFeedback());
    const done = vi.fn();
    act(() =>
      result.current
        .afterConfirm(done, 'Verwijderd.')
        .onError(new ApiError(409, 'CONFLICT', 'Al gewijzigd.')),
    );
    expect(done).toHaveBeenCalledTimes(1);
    expect(result.current.problem).toEqual({ message: 'Al gewijzigd.', fields: {} });
  });
});
