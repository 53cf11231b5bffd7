/**
 * Types derived from the API table. Type-only: the renderer imports these
 * without pulling any core code into its bundle.
 */
import type { z } from 'zod';
import type { ErrorInfo } from '../errors';
import type { ApiMethod, ApiTableShape } from './define';

export type Envelope<T> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

type Caller<S extends z.ZodType, Out> = undefined extends z.input<S>
  ? (input?: z.input<S>) => Promise<Out>
  : (input: z.input<S>) => Promise<Out>;

/** What the preload and the harness put on `window.api`: every method answers an envelope. */
export type ApiBridge<T extends ApiTableShape> = {
  [M in keyof T]: {
    [K in keyof T[M]]: T[M][K] extends ApiMethod<infer S, infer R> ? Caller<S, Envelope<R>> : never;
  };
};

/** What renderer code calls: the value itself, or a thrown ApiError. */
export type ApiClient<T extends ApiTableShape> = {
  [M in keyof T]: {
    [K in keyof T[M]]: T[M][K] extends ApiMethod<infer S, infer R> ? Caller<S, R> : never;
  };
};

export type ApiInput<T extends ApiTableShape, M extends keyof T, K extends keyof T[M]> =
  T[M][K] extends ApiMethod<infer S, unknown> ? z.input<S> : never;

export type ApiOutput<T extends ApiTableShape, M extends keyof T, K extends keyof T[M]> =
  T[M][K] extends ApiMethod<z.ZodType, infer R> ? R : never;
