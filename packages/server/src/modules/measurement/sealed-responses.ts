import type { Perspective, ResponseAnswers } from '@derde-bron/domain';
import type { SecretBox } from '../../crypto/secret-box.ts';

/** What a sealed response row holds: the group it was given in, how it came in, and the answers. */
export type SealedResponse = {
  teamId: string | null;
  perspective: Perspective;
  byInvitation: boolean;
  answers: ResponseAnswers;
};

/**
 * A response is stored sealed with the server's secret key, and its group with it: a copy of the
 * database, or its operator, can neither read the answers nor tell which group (or, through the
 * items asked, which perspective) a row belongs to.
 */
export function createResponseSeal(secretBox: SecretBox) {
  return {
    seal: (response: SealedResponse): string => secretBox.seal(JSON.stringify(response)),
    open: (sealed: string): SealedResponse => JSON.parse(secretBox.open(sealed)) as SealedResponse,
  };
}

export type ResponseSeal = ReturnType<typeof createResponseSeal>;
