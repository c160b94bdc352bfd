import { describe, expect, it } from 'vitest';
import { ApiError } from './api-client.ts';
import { checkFields, toFormProblem } from './form-problem.ts';

describe('form problems', () => {
  it('maps the server’s field details to form field names', () => {
    const error = new ApiError(400, 'INVALID_INPUT', 'Kijk de velden na.', [
      { field: 'body.email', message: 'Ongeldig e-mailadres' },
      { field: 'body.teamId', message: 'Kies een team' },
      { field: 'body.email', message: 'Tweede melding' },
      { field: 'body', message: 'Hele formulier' },
    ]);
    expect(toFormProblem(error, 'fallback')).toEqual({
      message: 'Kijk de velden na.',
      fields: { email: 'Ongeldig e-mailadres', teamId: 'Kies een team', form: 'Hele formulier' },
    });
  });

  it('uses the fallback message for anything that is not an API error', () => {
    expect(toFormProblem(new TypeError('x'), 'Geen verbinding')).toEqual({
      message: 'Geen verbinding',
      fields: {},
    });
  });

  it('collects only the fields with a message', () => {
    expect(checkFields({ email: 'Vul een e-mailadres in.', password: false, name: null }, 'Kijk na')).toEqual(
      {
        message: 'Kijk na',
        fields: { email: 'Vul een e-mailadres in.' },
      },
    );
    expect(checkFields({ email: false }, 'Kijk na')).toBeNull();
  });
});
