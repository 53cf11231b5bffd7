/** members.* methods for the list, search, zones, detail, export of the roster. */
export const rosterApi = {};
