/**
 * What a destructive action's confirmation says will happen: every delete
 * either goes to the recycle bin or cannot be undone, and the dialog says which.
 */
export const TO_RECYCLE_BIN = '删除后移入回收站，可在 设置 → 回收站 中恢复。';
export const CANNOT_UNDO = '删除后不可恢复。';
