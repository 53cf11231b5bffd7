/** IPC channel names, shared by the main process and the preload (which must stay dependency-free). */
export const API_CHANNEL = 'fulian:api';
export const API_METHODS_CHANNEL = 'fulian:api-methods';
