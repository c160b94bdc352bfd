import { generateSecret, generateURI, verify } from 'otplib';

const issuer = 'Derde Bron';

export function createTotpSecret() {
  return generateSecret();
}

/** What an authenticator app needs: the otpauth URI, also as a QR code image (an SVG data URL). */
export async function describeTotpSecret(secret: string, label: string) {
  const uri = generateURI({ issuer, label, secret });
  // Loaded when someone sets up two-step verification, not at every start.
  const { default: QRCode } = await import('qrcode');
  const svg = await QRCode.toString(uri, { type: 'svg', margin: 1 });
  return { secret, uri, qrCode: `data:image/svg+xml;base64,${Buffer.from(svg).toString('base64')}` };
}

/**
 * Checks a code, allowing one step of clock drift either way, and refuses a time step that was
 * already used (a replayed code). Returns the step to store, or null.
 */
export async function verifyTotp(
  secret: string,
  code: string,
  lastStep: number | null,
): Promise<number | null> {
  const result = await verify({
    secret,
    token: code,
    epochTolerance: 30,
    ...(lastStep === null ? {} : { afterTimeStep: lastStep }),
  });
  // The functional API's type is the HOTP/TOTP union; a valid TOTP result carries its time step.
  return result.valid && 'timeStep' in result && typeof result.timeStep === 'number' ? result.timeStep : null;
}
