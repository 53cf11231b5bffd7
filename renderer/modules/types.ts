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
 * How the 首页 shows one core source's entries and counts (core/home/sources.ts,
 * keyed by its `module`): the icon beside them, and an icon per entry kind.
 * The links themselves come from core (HomeLink), so 首页 knows no module.
 */
export interface HomeLook {
  /** 会议记录 …: names the source in the counts and the 年度检查表's groups. */
  label: string;
  icon: ReactNode;
  kinds?: Record<string, ReactNode>;
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
  /** Its 首页 contributions, by core source name (usually its own name; 设置 carries 'backup'). */
  home?: Record<string, HomeLook>;
}
