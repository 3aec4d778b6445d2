/** View builders for the popup, reader and library (DOM APIs only; HTML through lib/sanitize). */
export { renderArticle, type ArticleViewInput } from './article';
export { buildDateline, separatorFor, type DatelineViewOptions } from './dateline';
export { buildEntities, groupEntities, ENTITY_TYPES } from './entities';
export { isolateBidiRuns, markMixedBlocks, setIsolatedText } from './bidi';
export { formatDateTime, formatDate, formatSize, intlLocale } from './format';
export { noArticleText, disableArticleControls } from './no-article';
