import { Link } from 'react-router';

/** A short message with the one link that leads on: sign in, finish signing in, back to a list. */
export function NextStepNotice({ message, to, link }: { message: string; to: string; link: string }) {
  return (
    <div className="notice">
      <p>{message}</p>
      <p>
        <Link to={to}>{link}</Link>
      </p>
    </div>
  );
}
