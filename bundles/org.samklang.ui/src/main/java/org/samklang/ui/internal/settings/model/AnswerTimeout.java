package org.samklang.ui.internal.settings.model;

import java.util.concurrent.TimeoutException;

/**
 * The settings service did not answer within the view's limit. The view stops waiting (its buttons work again and
 * the status line says so) but cannot know whether the change is still being made: the list shows it when the
 * service reports it.
 */
final class AnswerTimeout extends TimeoutException {

    private static final long serialVersionUID = 1L;

    private final long seconds;

    AnswerTimeout(long seconds) {
        super("the settings service did not answer within " + seconds + " s");
        this.seconds = seconds;
    }

    long seconds() {
        return seconds;
    }
}
