package org.samklang.core.api;

import java.util.List;
import org.samklang.core.api.model.KnowledgeArticle;

/**
 * One knowledge base for every channel: FAQ articles and canned responses, so an agent gives the same answer on
 * the phone, in a mail and in a chat.
 * <p>
 * <b>Threading.</b> Both methods read an in-memory index and return within milliseconds; they may be called
 * from any thread, including the UI thread for search-as-you-type.
 */
public interface KnowledgeService {

    /**
     * Articles and canned responses matching the words of a query, best first.
     *
     * @param text free text; blank gives the most used articles
     * @param limit at most this many results (1..100)
     */
    List<KnowledgeArticle> search(String text, int limit);

    /**
     * Suggestions for what a customer wrote or said, best first (the words of the subject and body).
     *
     * @param customerText the customer's latest message
     * @param limit at most this many results (1..100)
     */
    List<KnowledgeArticle> suggest(String customerText, int limit);
}
