/** members.* methods for the 妇女基本情况统计 as of a date. */
export const statsApi = {};
