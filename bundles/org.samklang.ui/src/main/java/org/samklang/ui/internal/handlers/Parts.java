package org.samklang.ui.internal.handlers;

import java.util.Optional;
import org.eclipse.e4.ui.model.application.MApplication;
import org.eclipse.e4.ui.model.application.ui.MUIElement;
import org.eclipse.e4.ui.model.application.ui.advanced.MPerspective;
import org.eclipse.e4.ui.model.application.ui.basic.MPart;
import org.eclipse.e4.ui.workbench.modeling.EModelService;
import org.eclipse.e4.ui.workbench.modeling.EPartService;
import org.eclipse.e4.ui.workbench.modeling.EPartService.PartState;

/**
 * How a handler reaches the part it acts on: find the part in the application model by id, bring its perspective
 * to the front, show it (or activate it, for commands that move the keyboard) and hand back the part's object.
 * Handlers for other parts (call controls, reception) follow the same pattern with their own part ids.
 */
final class Parts {

    static final String CONVERSATIONS = "org.samklang.ui.part.conversations";
    static final String THREAD = "org.samklang.ui.part.thread";
    static final String AGENT_PERSPECTIVE = "org.samklang.app.perspective.agent";
    static final String RECEPTION_PERSPECTIVE = "org.samklang.app.perspective.reception";
    static final String SETTINGS = "org.samklang.ui.part.settings";
    static final String SETTINGS_PERSPECTIVE = "org.samklang.app.perspective.settings";

    private Parts() {
    }

    /**
     * {@return the object of part {@code partId} once it is shown; empty when the model has no such part or its
     * object is not a {@code type}}
     *
     * @param activate true to give the part the focus (then the command moves the cursor inside it)
     */
    static <T> Optional<T> show(MApplication app, EModelService models, EPartService parts, String partId,
            Class<T> type, boolean activate) {
        MUIElement element = models.find(partId, app);
        if (!(element instanceof MPart part)) {
            return Optional.empty();
        }
        MPerspective perspective = models.getPerspectiveFor(part);
        if (perspective != null && perspective.getParent() != null
                && perspective.getParent().getSelectedElement() != perspective) {
            parts.switchPerspective(perspective);
        }
        parts.showPart(part, activate ? PartState.ACTIVATE : PartState.VISIBLE);
        return type.isInstance(part.getObject()) ? Optional.of(type.cast(part.getObject())) : Optional.empty();
    }

    /** {@return the object of part {@code partId} if it is rendered now, without showing it} */
    static <T> Optional<T> peek(MApplication app, EModelService models, String partId, Class<T> type) {
        MUIElement element = models.find(partId, app);
        return element instanceof MPart part && type.isInstance(part.getObject())
                ? Optional.of(type.cast(part.getObject()))
                : Optional.empty();
    }

    /** Brings perspective {@code perspectiveId} to the front; nothing happens for an unknown id. */
    static void switchTo(MApplication app, EModelService models, EPartService parts, String perspectiveId) {
        if (models.find(perspectiveId, app) instanceof MPerspective perspective) {
            parts.switchPerspective(perspective);
        }
    }
}
