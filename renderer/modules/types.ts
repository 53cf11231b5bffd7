import type { ReactNode } from 'react';
import type { SearchGroupKey, SearchHit } from '../../core/search/schema';
import type { MethodName } from '../operators/access';

/** One page of a module: its route, and the API method an operator must be allowed to call to see it at all. */
export interface ModulePage {
  path: string;
  element: ReactNode;
  /** Left out of the menu (and its route still guarded in core) when the role may not call this. */
  needs?: MethodName;
  /** 这一页做什么: one or two plain sentences, opened from the ? beside the header (renderer/help/PageHelp.tsx). */
  help?: string;
}

/** A left-navigation entry: a page of the module, or a group of them. */
export interface NavEntry {
  key: string;
  icon?: ReactNode;
  label: string;
  children?: NavEntry[];
}

/** A result group of the global search (core/search): its heading, and how one hit reads (HitView unless given). */
export interface SearchGroupView {
  group: SearchGroupKey;
  label: string;
  icon: ReactNode;
  renderHit?: (hit: SearchHit) => ReactNode;
}

/**
 * What a module contributes to the app's frame. Print documents are registered
 * apart (renderer/print/registry.ts), because a print window must not load the pages.
 */
export interface UiModule {
  name: string;
  nav: NavEntry;
  pages: ModulePage[];
  /** Its groups in the global search palette (renderer/search). */
  search?: SearchGroupView[];
}
