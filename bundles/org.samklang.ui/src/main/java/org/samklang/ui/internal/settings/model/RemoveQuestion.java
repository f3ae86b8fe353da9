package org.samklang.ui.internal.settings.model;

/**
 * The confirmation before an instance is removed: what goes and what is kept.
 *
 * @param title   the dialog's title
 * @param message what Remove deletes and what stays (conversations, replies waiting in the outbox, a file)
 * @param confirm the confirming button's label; the other button cancels and is the default
 */
public record RemoveQuestion(String title, String message, String confirm) {
}
