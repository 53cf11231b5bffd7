/**
 * BagIt (RFC 8493) archive packages: the writer the 档案台账's 导出档案包 uses and
 * the verifier behind `npm run cli -- verify-archive DIR` and the app's 校验 button.
 * Knows nothing about archive items: callers hand it files and bag-info fields.
 */
export { writeBag, type BagPayloadFile, type BagProgress, type BagWriteResult, type WriteBagOptions } from './writer';
export { verifyBag, type BagFileReport, type BagFileStatus, type BagVerifyReport, type VerifyProgress } from './verifier';
export { type BagInfoField, payloadPathProblem } from './format';
