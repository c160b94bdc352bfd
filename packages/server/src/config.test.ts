import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

const secretKey = Buffer.alloc(32, 7).toString('base64');
/** What production needs besides the key. */
const productionMail = {
  PUBLIC_URL: 'https://derdebron.example.org',
  SMTP_URL: 'smtp://mail.example.org:587',
};

describe('loadConfig', () => {
  it('makes demo data in development and never by default in production', () => {
    expect(loadConfig({ NODE_ENV: 'development' }).demoData).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production', SECRET_KEY: secretKey, ...productionMail }).demoData).toBe(
      false,
    );
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

  it('refuses to start in production without PUBLIC_URL or SMTP_URL (no links to localhost, no mail on disk)', () => {
    const base = { NODE_ENV: 'production', SECRET_KEY: secretKey };
    expect(() => loadConfig({ ...base, SMTP_URL: productionMail.SMTP_URL })).toThrow(/PUBLIC_URL: required/);
    expect(() => loadConfig({ ...base, PUBLIC_URL: productionMail.PUBLIC_URL })).toThrow(
      /SMTP_URL: required/,
    );
    expect(loadConfig({ ...base, ...productionMail }).smtpUrl).toBe(productionMail.SMTP_URL);
  });

  it('refuses an empty or non-numeric PORT instead of taking a random port', () => {
    expect(() => loadConfig({ PORT: '' })).toThrow(/PORT: must be a port number/);
    expect(() => loadConfig({ PORT: 'abc' })).toThrow(/PORT/);
    expect(() => loadConfig({ PORT: '70000' })).toThrow(/PORT/);
    expect(loadConfig({ PORT: '0' }).port).toBe(0);
    expect(loadConfig({}).port).toBe(3000);
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
