-- Custom SQL migration file, put your code below! --
-- Resolves a session in one statement: the session, its user and the user's membership, only while
-- the session is valid. An expired or idle session is deleted and gives no row; last-seen is written
-- at most once a minute. A function, so that PostgreSQL plans its queries once per connection instead
-- of at every request (the four-table join cost more to plan than to run).
CREATE OR REPLACE FUNCTION derde_bron_resolve_session(p_id_hash text, p_idle_minutes integer)
RETURNS TABLE (
  -- Milliseconds since 1970, as JavaScript counts time: the same number from both drivers.
  expires_at_ms double precision,
  last_seen_at_ms double precision,
  csrf_token text,
  is_fully_signed_in boolean,
  user_id uuid,
  email text,
  name text,
  is_network_admin boolean,
  has_two_factor boolean,
  membership_id uuid,
  org_id uuid,
  organisation_name text,
  role text,
  team_id uuid
)
LANGUAGE plpgsql
AS $$
DECLARE
  found_session sessions%ROWTYPE;
BEGIN
  SELECT * INTO found_session FROM sessions WHERE sessions.id_hash = p_id_hash;
  IF NOT FOUND THEN
    RETURN;
  END IF;
  IF found_session.expires_at <= now()
     OR found_session.last_seen_at <= now() - make_interval(mins => p_idle_minutes) THEN
    DELETE FROM sessions WHERE sessions.id_hash = p_id_hash;
    RETURN;
  END IF;
  IF found_session.last_seen_at < now() - interval '1 minute' THEN
    UPDATE sessions SET last_seen_at = now() WHERE sessions.id_hash = p_id_hash;
    found_session.last_seen_at := now();
  END IF;
  RETURN QUERY
    SELECT extract(epoch FROM found_session.expires_at)::double precision * 1000,
           extract(epoch FROM found_session.last_seen_at)::double precision * 1000,
           found_session.csrf_token, found_session.is_fully_signed_in,
           u.id, u.email, u.name, u.is_network_admin, u.totp_enabled_at IS NOT NULL,
           m.id, m.org_id, o.name, m.role, m.team_id
      FROM users u
      LEFT JOIN memberships m ON m.user_id = u.id
      LEFT JOIN organisations o ON o.id = m.org_id
     WHERE u.id = found_session.user_id;
END
$$;
--> statement-breakpoint
-- Tells the app the moment anything a resolved session holds may have changed: a session ended or
-- changed (not its last-seen time), a user's name, address, role or second factor, a membership,
-- an organisation's name. Embedded mode keeps resolved sessions in memory and drops them on this.
CREATE OR REPLACE FUNCTION derde_bron_notify_sessions_changed() RETURNS trigger
LANGUAGE plpgsql
AS $$
BEGIN
  PERFORM pg_notify('derde_bron_sessions_changed', '');
  RETURN NULL;
END
$$;
--> statement-breakpoint
CREATE TRIGGER sessions_ended
  AFTER DELETE OR TRUNCATE ON sessions
  FOR EACH STATEMENT EXECUTE FUNCTION derde_bron_notify_sessions_changed();
--> statement-breakpoint
-- A change of a session itself, except the touch that moves last-seen forward (once a minute).
CREATE TRIGGER sessions_changed
  AFTER UPDATE ON sessions
  FOR EACH ROW
  WHEN (
    NEW.last_seen_at < OLD.last_seen_at
    OR (OLD.id_hash, OLD.user_id, OLD.is_fully_signed_in, OLD.csrf_token, OLD.expires_at)
       IS DISTINCT FROM (NEW.id_hash, NEW.user_id, NEW.is_fully_signed_in, NEW.csrf_token, NEW.expires_at)
  )
  EXECUTE FUNCTION derde_bron_notify_sessions_changed();
--> statement-breakpoint
CREATE TRIGGER users_changed_for_sessions
  AFTER DELETE OR TRUNCATE OR UPDATE OF id, email, name, is_network_admin, totp_enabled_at ON users
  FOR EACH STATEMENT EXECUTE FUNCTION derde_bron_notify_sessions_changed();
--> statement-breakpoint
CREATE TRIGGER memberships_changed_for_sessions
  AFTER INSERT OR UPDATE OR DELETE OR TRUNCATE ON memberships
  FOR EACH STATEMENT EXECUTE FUNCTION derde_bron_notify_sessions_changed();
--> statement-breakpoint
CREATE TRIGGER organisations_changed_for_sessions
  AFTER DELETE OR TRUNCATE OR UPDATE OF id, name ON organisations
  FOR EACH STATEMENT EXECUTE FUNCTION derde_bron_notify_sessions_changed();
