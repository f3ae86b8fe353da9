package org.samklang.ui.internal.parts;

import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.e4.core.di.extensions.Service;
import org.eclipse.e4.ui.di.UISynchronize;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.menu.MToolControl;
import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.samklang.core.api.StoreHealthService;
import org.samklang.core.api.model.StoreHealth;
import org.samklang.ui.internal.model.StoreTexts;
import org.samklang.ui.internal.model.TimeTexts;
import org.samklang.ui.internal.model.Tone;
import org.samklang.ui.internal.model.UiMessages;

/**
 * The banner across the top of the window while the store cannot save: what happened and since when, what it means
 * for the agent's work (new messages wait with their channels, what they do now is not saved) and what to do. The
 * agent sees it where they look, once, instead of a desk that looks healthy. While the store saves, its trim bar is
 * hidden and takes no room. It spans the window's width and wraps its text.
 */
public class StoreBannerControl {

    @Inject
    UISynchronize sync;

    @Inject
    MToolControl element;

    private final UiMessages messages = UiMessages.current();
    private final StoreTexts texts = new StoreTexts(messages, new TimeTexts(Clock.systemDefaultZone(), messages));
    private final AtomicReference<StoreHealth> latest = new AtomicReference<>();
    private volatile StoreHealthService service;
    private StoreHealthService shown;
    private AutoCloseable subscription;
    private UiThread threads;
    private Composite box;
    private Label headline;
    private Label body;

    @PostConstruct
    public void create(Composite parent) {
        box = new Composite(parent, SWT.BORDER) {

            @Override
            public Point computeSize(int wHint, int hHint, boolean changed) {
                // The trim bar asks for the preferred size; the banner wants the window's width, wrapped to it.
                int width = wHint != SWT.DEFAULT ? wHint : Math.max(200, getShell().getClientArea().width);
                return super.computeSize(width, hHint, changed);
            }
        };
        box.setLayout(Layouts.grid(1, false));
        Palette palette = new Palette(box);
        headline = new Label(box, SWT.WRAP);
        headline.setFont(palette.bold());
        headline.setForeground(palette.foreground(Tone.ERROR));
        headline.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        body = new Label(box, SWT.WRAP);
        body.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        threads = new UiThread(sync, box, "store-banner");
        show();
        serviceChanged();
    }

    @Inject
    @org.eclipse.e4.core.di.annotations.Optional
    void bindStore(@Service StoreHealthService bound) {
        service = bound;
        if (threads != null) {
            threads.uiNowOrLater(this::serviceChanged);
        }
    }

    @PreDestroy
    void dispose() {
        Subscriptions.close(subscription, "store health");
        if (threads != null) {
            threads.shutdown();
        }
    }

    private void serviceChanged() {
        if (box == null || box.isDisposed() || service == shown) {
            return;
        }
        Subscriptions.close(subscription, "store health");
        subscription = null;
        shown = service;
        latest.set(null);
        if (shown != null) {
            subscription = shown.subscribe(health -> {
                latest.set(health);
                threads.ui(this::show);
            });
        }
        show();
    }

    private void show() {
        StoreHealth health = latest.get();
        Optional<StoreTexts.Banner> banner = health == null ? Optional.empty() : texts.banner(health);
        banner.ifPresent(b -> {
            headline.setText(b.headline());
            body.setText(b.body());
            box.setToolTipText(b.tooltip());
            headline.setToolTipText(b.tooltip());
            body.setToolTipText(b.tooltip());
        });
        setShown(banner.isPresent());
    }

    /** Hides the whole trim bar, not only the banner, so no empty strip is left above the parts. */
    private void setShown(boolean visible) {
        MUIElement bar = element.getParent() instanceof MUIElement parent ? parent : element;
        if (element.isVisible() != visible || bar.isVisible() != visible) {
            element.setVisible(visible);
            bar.setVisible(visible);
        }
        box.requestLayout();
    }
}
