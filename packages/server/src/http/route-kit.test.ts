import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { success } from './route-kit.ts';

describe("a route's success answer", () => {
  const errors = { 404: z.object({ message: z.string() }) };

  it('is its response with its status, 200 unless given, beside the error answers', () => {
    const made = z.object({ id: z.uuid() });
    expect(success({ response: made, status: 201 }, errors)).toEqual({
      status: 201,
      response: { 201: made, ...errors },
    });
    expect(success({ response: made }, errors).status).toBe(200);
  });

  it('is 204 No Content without a response', () => {
    const { status, response } = success({}, errors);
    expect(status).toBe(204);
    expect(Object.keys(response).sort()).toEqual(['204', '404']);
  });

  it('refuses a status without a response, which would never be sent', () => {
    expect(() => success({ status: 201 }, errors)).toThrow(/204/);
  });
});
