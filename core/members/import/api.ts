/** members.* methods for the spreadsheet import: preview and commit. */
export const importApi = {};
