/** Errors are values the user can read: a code for programs, a Chinese message for people. */
export type ErrorCode =
  | 'VALIDATION'
  | 'NOT_FOUND'
  | 'CONFLICT'
  | 'LOCKED'
  | 'FORBIDDEN'
  | 'UNKNOWN_METHOD'
  | 'DB_TOO_NEW'
  | 'DB_CORRUPT'
  | 'DB_OPEN_FAILED'
  | 'DB_NOT_OPEN'
  /** A print route could not be rendered to PDF (core/platform/pdf.ts). */
  | 'PDF_FAILED'
  | 'INTERNAL';

export interface ErrorInfo {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: unknown,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toInfo(): ErrorInfo {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

export const INTERNAL_MESSAGE = '系统内部错误，操作未完成，数据未被修改。请重试；如仍出现，请联系技术支持。';
