package org.samklang.ui.internal.model;

import java.util.List;
import java.util.Objects;

/**
 * One block of the customer card (CRM, orders, invoices, earlier conversations), each with its own state.
 *
 * @param heading the block's title
 * @param lines   its lines: a single state line while loading or when it failed, else the content
 */
public record CardBlock(String heading, List<CardLine> lines) {

    public CardBlock {
        Objects.requireNonNull(heading, "heading");
        lines = List.copyOf(lines);
    }
}
