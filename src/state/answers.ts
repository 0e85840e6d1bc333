/**
 * The operator's answers as sc-setup.json stores them: flat dotted keys (`sc.companyCode`,
 * `files.neGoods`) to plain JSON values. The state owns this shape; the checklist, exports
 * and checks only read it.
 */
export type AnswerValue = string | boolean | string[] | Record<string, string>;
export type Answers = Record<string, AnswerValue>;
