package org.samklang.sandbox.internal.knowledge;

import java.util.List;

/**
 * The text of one sandbox article before it becomes a {@link org.samklang.core.spi.KnowledgeArticle}.
 *
 * @param slug     the topic's id part, the same in every language so translations can be linked
 * @param title    the title
 * @param category the category
 * @param keywords extra search words
 * @param body     the body, paragraphs separated by blank lines
 */
record ArticleText(String slug, String title, String category, List<String> keywords, String body) {
}
