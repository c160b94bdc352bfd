/** The options of a team select: first "none" (what choosing no team means here), then every team. */
export function TeamOptions({
  teams,
  none,
}: {
  teams: ReadonlyArray<{ id: string; name: string }>;
  none: string;
}) {
  return (
    <>
      <option value="">{none}</option>
      {teams.map((team) => (
        <option key={team.id} value={team.id}>
          {team.name}
        </option>
      ))}
    </>
  );
}
