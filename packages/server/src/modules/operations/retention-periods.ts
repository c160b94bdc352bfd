// Apart from retention.ts so that reading the configuration loads no module of the app.

/**
 * How long each kind of data is kept, in days, counted from the moment it stopped being of use
 * (a session's expiry, a link's expiry or use, a wave's closing, a person's last day). Set per kind with the
 * `RETENTION_<KIND>_DAYS` variables; the README lists them with their defaults.
 */
export type RetentionPeriods = {
  /** Sessions, after they expired. */
  sessions: number;
  /** Password links (set-up and reset), after they expired or were used. */
  passwordLinks: number;
  /** Invitations to an organisation, after they expired, were accepted or revoked. */
  invitations: number;
  /** Back-off counters of sign-in and link attempts, after the last failure. */
  authThrottle: number;
  /** Rate-limit counters, after their window ended. */
  rateLimits: number;
  /** The audit log, after the entry was written. */
  auditLog: number;
  /** Submission keys (retry protection) of a wave, after the wave closed. */
  submissionKeys: number;
  /** Used recovery codes for two-step verification, after use. */
  usedRecoveryCodes: number;
  /** A wave's answers (the tallies behind its figures stay), after the wave closed. */
  answers: number;
  /** A person in the registry, with their logs, after the day they stopped. */
  endedRegistryPeople: number;
  /** A report's PDF, after it was made (or asked for, if it never was). */
  reports: number;
  /** The notice of a mail that was given up on (its content is gone already), after it was queued. */
  undeliveredMail: number;
};

export const defaultRetention: RetentionPeriods = {
  sessions: 1,
  passwordLinks: 7,
  invitations: 30,
  authThrottle: 1,
  rateLimits: 0,
  auditLog: 730,
  submissionKeys: 30,
  usedRecoveryCodes: 30,
  answers: 365,
  endedRegistryPeople: 730,
  reports: 7,
  undeliveredMail: 30,
};
