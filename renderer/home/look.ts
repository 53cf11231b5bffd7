/** The 首页's look of each core source, gathered from every module's `home` registration. */
import type { ReactNode } from 'react';
import { uiModules } from '../modules';
import type { HomeLook } from '../modules/types';

export function lookOf(source: string): HomeLook | undefined {
  for (const m of uiModules) if (m.home?.[source]) return m.home[source];
  return undefined;
}

export function iconOf(source: string, kind: string): ReactNode {
  const look = lookOf(source);
  return look?.kinds?.[kind] ?? look?.icon;
}
