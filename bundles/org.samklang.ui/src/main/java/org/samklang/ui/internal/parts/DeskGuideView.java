package org.samklang.ui.internal.parts;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.samklang.core.api.PresenceService;
import org.samklang.core.api.model.Presence;
import org.samklang.ui.internal.model.DeskGuide;
import org.samklang.ui.internal.model.Tone;

/**
 * The guide under "Select a conversation" in the empty conversation region ({@link DeskGuide}): whether work is
 * offered to me now, how to pick work myself, and the key that lists every key. Follows my presence as it changes.
 * UI thread only, except {@link #follow}'s listener, which hands over to the UI thread.
 */
final class DeskGuideView {

    private final Label[] lines = new Label[3];
    private final DeskGuide guide;
    private final Palette palette;
    private final UiThread threads;
    private final Supplier<DeskGuide.Keys> keys;
    private PresenceService presence;
    private PresenceService.Subscription subscription;

    DeskGuideView(Composite parent, DeskGuide guide, Palette palette, UiThread threads,
            Supplier<DeskGuide.Keys> keys) {
        this.guide = guide;
        this.palette = palette;
        this.threads = threads;
        this.keys = keys;
        for (int i = 0; i < lines.length; i++) {
            lines[i] = new Label(parent, SWT.WRAP);
            GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
            data.verticalIndent = i == 0 ? 12 : 4;
            data.widthHint = 200; // wrap within the region instead of widening it
            lines[i].setLayoutData(data);
        }
        refresh();
    }

    /** Follows {@code service}'s view of me from now on; null while the desk does not know who is signed in. */
    void follow(PresenceService service) {
        close();
        presence = service;
        if (service != null) {
            String me = service.myPresence().personId();
            // Everyone's changes arrive here; only mine change the guide.
            subscription = service.subscribe(change -> {
                if (me.equals(change.personId())) {
                    threads.ui(this::refresh);
                }
            });
        }
        refresh();
    }

    void refresh() {
        if (lines[0].isDisposed()) {
            return;
        }
        Optional<Presence> me = presence == null ? Optional.empty() : Optional.of(presence.myPresence());
        List<String> texts = guide.lines(me, keys.get());
        for (int i = 0; i < lines.length; i++) {
            lines[i].setText(texts.get(i));
        }
        boolean act = DeskGuide.needsAction(me);
        lines[0].setFont(act ? palette.bold() : null);
        lines[0].setForeground(palette.foreground(act ? Tone.WARNING : Tone.GOOD));
        lines[0].getParent().layout(true, true);
    }

    void close() {
        if (subscription != null) {
            subscription.close();
            subscription = null;
        }
    }
}
