package org.samklang.product.tests;

/** Element ids of the window's regions, as the application model names them. */
final class Ids {

    static final String CONVERSATIONS = "org.samklang.ui.part.conversations";
    static final String THREAD = "org.samklang.ui.part.thread";
    static final String CUSTOMER = "org.samklang.ui.part.customer";
    static final String RECEPTION = "org.samklang.ui.part.reception";
    static final String PRESENCE = "org.samklang.ui.part.presence";
    static final String STATUS_LINE = "org.samklang.ui.toolcontrol.statusline";
    static final String STORE_BANNER = "org.samklang.ui.toolcontrol.storebanner";
    static final String AGENT_PERSPECTIVE = "org.samklang.app.perspective.agent";
    static final String RECEPTION_PERSPECTIVE = "org.samklang.app.perspective.reception";

    private Ids() {
    }
}
