/**
 * The API address of an organisation, or of something inside it: `orgPath('o1', 'teams', id)`
 * is `/api/organisations/o1/teams/<id>`. Every part is encoded; without an id it is the list.
 */
export function orgPath(orgId?: string, ...parts: Array<string | number>): string {
  const segments = orgId === undefined ? [] : [orgId, ...parts];
  return ['/api/organisations', ...segments.map((part) => encodeURIComponent(String(part)))].join('/');
}
