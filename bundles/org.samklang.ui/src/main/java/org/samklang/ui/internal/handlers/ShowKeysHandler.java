package org.samklang.ui.internal.handlers;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.e4.core.di.annotations.Execute;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.commands.MBindingTable;
import org.eclipse.e4.ui.model.application.commands.MCommand;
import org.eclipse.e4.ui.model.application.commands.MKeyBinding;
import org.eclipse.e4.ui.model.application.ui.basic.MWindow;
import org.eclipse.jface.bindings.keys.KeySequence;
import org.eclipse.jface.bindings.keys.ParseException;
import org.eclipse.swt.widgets.Shell;
import org.samklang.ui.internal.model.KeyMap;
import org.samklang.ui.internal.model.UiMessages;

/**
 * Opens or closes the keyboard cheat sheet (org.samklang.command.window.keys, Ctrl+Shift+L and F1). The rows come
 * from the live binding tables of the application model, so bindings added by other bundles' fragments or remapped
 * at runtime show as they are.
 */
public class ShowKeysHandler {

    @Execute
    public void execute(MApplication app, MWindow window) {
        if (window.getWidget() instanceof Shell shell) {
            UiMessages messages = UiMessages.current();
            CheatSheet.toggle(shell, KeyMap.sorted(rows(app, messages)), messages);
        }
    }

    static List<KeyMap.Row> rows(MApplication app, UiMessages messages) {
        List<KeyMap.Row> rows = new ArrayList<>();
        for (MBindingTable table : app.getBindingTables()) {
            for (MKeyBinding binding : table.getBindings()) {
                MCommand command = binding.getCommand();
                if (command == null || binding.getTags().contains("deleted")) {
                    continue;
                }
                String category = command.getCategory() == null
                        ? messages.format("keys.category.other")
                        : command.getCategory().getLocalizedName();
                rows.add(new KeyMap.Row(category, command.getLocalizedCommandName(), keys(binding.getKeySequence())));
            }
        }
        return rows;
    }

    /**
     * {@return the keys bound to the command with the element id {@code commandId}, as the cheat sheet writes them
     * ("Ctrl+Shift+R"); the shortest where there are several (F1 rather than Ctrl+Shift+L), empty where there is
     * none}
     */
    public static Optional<String> keysOf(MApplication app, String commandId) {
        Optional<String> shortest = Optional.empty();
        for (MBindingTable table : app.getBindingTables()) {
            for (MKeyBinding binding : table.getBindings()) {
                MCommand command = binding.getCommand();
                if (command != null && commandId.equals(command.getElementId())
                        && !binding.getTags().contains("deleted")) {
                    String keys = keys(binding.getKeySequence());
                    if (shortest.isEmpty() || keys.length() < shortest.get().length()) {
                        shortest = Optional.of(keys);
                    }
                }
            }
        }
        return shortest;
    }

    /** {@return the platform's way of writing a key sequence ("Ctrl+Shift+L"); the model's text if it is odd} */
    private static String keys(String sequence) {
        try {
            return KeySequence.getInstance(sequence).format();
        } catch (ParseException | IllegalArgumentException e) {
            return sequence;
        }
    }
}
