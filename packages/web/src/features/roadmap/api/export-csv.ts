/** The roadmap as a CSV file (an attachment), for a plain download link. */
export const roadmapExportUrl = (orgId: string) =>
  `/api/organisations/${encodeURIComponent(orgId)}/roadmap/export.csv`;
