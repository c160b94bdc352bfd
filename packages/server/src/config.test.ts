import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const secretKey = Buffer.alloc(32, 7).toString('base64');

describe('loadConfig', () => {
  it('makes demo data in development and never by default in production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).demoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', SECRET_KEY: secretKey }).demoData).toBe(false);
  });

  it('refuses demo data in production', () => {
    expect(() => loadConfig({ NODE_ENV: 'production', SECRET_KEY: secretKey, DEMO_DATA: 'true' })).toThrow(
      /DEMO_DATA: not allowed in production/,
    );
  });

  it('requires a secret key in production, of 32 bytes', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/SECRET_KEY: required in production/);
    expect(() => loadConfig({ NODE_ENV: 'production', SECRET_KEY: 'c2hvcnQ=' })).toThrow(/SECRET_KEY/);
  });

  it('takes session limits from the environment', () => {
    expect(loadConfig({ SESSION_IDLE_MINUTES: '15', SESSION_MAX_HOURS: '8' }).session).toEqual({
      idleMinutes: 15,
      maxHours: 8,
    });
    expect(() => loadConfig({ SESSION_IDLE_MINUTES: '0' })).toThrow(/SESSION_IDLE_MINUTES/);
  });

  it('derives the public address from the port, without a trailing slash', () => {
    expect(loadConfig({ PORT: '4000' }).publicUrl).toBe('http://localhost:4000');
    expect(loadConfig({ PUBLIC_URL: 'https://derdebron.example.org/' }).publicUrl).toBe(
      'https://derdebron.example.org',
    );
  });
});
