/**
 * Every module's contribution to the 首页 and the 年度检查表, in page order.
 * A module adds its entries, counts and grid rows with one line here.
 */
import { archiveHome } from '../archive/home';
import { backupHome } from '../backup/home';
import { deliberationHome } from '../deliberation/home';
import { meetingsHome } from '../meetings/home';
import { membersHome } from '../members/home';
import { studyHome } from '../study/home';
import type { HomeSource } from './entry';

export const HOME_SOURCES: readonly HomeSource[] = [membersHome, meetingsHome, studyHome, deliberationHome, archiveHome, backupHome];
