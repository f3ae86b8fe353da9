package org.samklang.ui.internal.settings.model;

import java.util.Optional;
import java.util.function.Function;

/**
 * What the Duplicate dialog asks: the copy's id and name, filled in with a free id and "… (copy)".
 *
 * @param title     the dialog's title
 * @param message   what Duplicate does (the copy starts disabled)
 * @param id        the suggested id
 * @param name      the suggested name
 * @param idProblem what is wrong with an id as typed (blank, or taken by another instance), empty when the service
 *                  may be asked; the service checks its form itself
 */
public record DuplicateQuestion(String title, String message, String id, String name,
        Function<String, Optional<String>> idProblem) {

    /** The copy's id and name as the user confirmed them. */
    public record Answer(String id, String name) {
    }
}
