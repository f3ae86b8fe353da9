package org.samklang.ui.internal.reception;

import java.util.Optional;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Combo;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.Text;
import org.samklang.ui.internal.reception.model.KeyPress;
import org.samklang.ui.internal.reception.model.KeyPress.Key;
import org.samklang.ui.internal.reception.model.ReceptionAction;
import org.samklang.ui.internal.reception.model.ReceptionPresenter;

/**
 * Sends every key pressed anywhere in the reception part through the presenter's key map: a display filter sees the
 * key before the focused widget, so the keypad works whichever control has the focus, and typing lands in the search
 * box from anywhere. Keys outside the part (other perspectives, dialogs) are left alone.
 */
final class KeyRouter {

    /** What the router needs from the view. */
    interface Target {

        /** {@return the part's top control; keys of widgets inside it are routed} */
        Control root();

        /** {@return the search box} */
        Text search();

        /** {@return rows visible in the list being moved in} */
        int pageRows();
    }

    private final Display display;
    private final ReceptionPresenter presenter;
    private final Target target;
    private final Listener keys = this::keyDown;
    private final Listener traversals = this::traverse;

    KeyRouter(Display display, ReceptionPresenter presenter, Target target) {
        this.display = display;
        this.presenter = presenter;
        this.target = target;
        display.addFilter(SWT.KeyDown, keys);
        display.addFilter(SWT.Traverse, traversals);
    }

    void dispose() {
        if (!display.isDisposed()) {
            display.removeFilter(SWT.KeyDown, keys);
            display.removeFilter(SWT.Traverse, traversals);
        }
    }

    /** Return and Escape would otherwise traverse (default button, close); in the part they are keys. */
    private void traverse(Event event) {
        if (inPart(event) && (event.detail == SWT.TRAVERSE_RETURN || event.detail == SWT.TRAVERSE_ESCAPE)) {
            event.doit = false;
        }
    }

    private void keyDown(Event event) {
        if (!inPart(event)) {
            return;
        }
        KeyPress press = translate(event);
        Optional<ReceptionAction> action = presenter.actionFor(press);
        if (action.isEmpty() || belongsToWidget(event, press, action.get())) {
            return;
        }
        if (action.get() == ReceptionAction.TYPE) {
            typeIntoSearch(event, press);
            return;
        }
        event.doit = false;
        presenter.perform(action.get(), target.pageRows());
    }

    /** Typing outside the search box moves the keyboard there and types the key into it. */
    private void typeIntoSearch(Event event, KeyPress press) {
        Text search = target.search();
        if (event.widget == search || search.isDisposed()) {
            return;
        }
        event.doit = false;
        search.setFocus();
        search.setSelection(search.getCharCount());
        if (press.key() == Key.BACKSPACE) {
            String text = search.getText();
            search.setText(text.isEmpty() ? "" : text.substring(0, text.length() - 1));
        } else if (event.character >= ' ' && event.character != SWT.DEL) {
            search.insert(String.valueOf(event.character));
        }
        search.setSelection(search.getCharCount());
    }

    /**
     * A focused button keeps Enter and Space (so tabbing to "Consult" and pressing Enter consults, not transfers
     * blind), and a focused drop-down keeps the arrows to choose a department.
     */
    private static boolean belongsToWidget(Event event, KeyPress press, ReceptionAction action) {
        if (event.widget instanceof Button) {
            return press.key() == Key.ENTER || press.key() == Key.KEYPAD_ENTER || event.character == ' ';
        }
        return event.widget instanceof Combo && action.isMove();
    }

    private boolean inPart(Event event) {
        Control root = target.root();
        if (root.isDisposed() || !root.isVisible() || !(event.widget instanceof Control control)) {
            return false;
        }
        for (Control c = control; c != null; c = c.getParent()) {
            if (c == root) {
                return true;
            }
        }
        return false;
    }

    /** {@return the key press the key map understands; keypad keys are told apart even with NumLock off} */
    static KeyPress translate(Event event) {
        boolean ctrl = (event.stateMask & SWT.CTRL) != 0;
        boolean alt = (event.stateMask & SWT.ALT) != 0;
        boolean shift = (event.stateMask & SWT.SHIFT) != 0;
        boolean keypad = event.keyLocation == SWT.KEYPAD;
        Key key = key(event.keyCode, keypad);
        char character = event.character;
        if (key == Key.OTHER && ctrl && event.keyCode >= 'a' && event.keyCode <= 'z') {
            key = Key.CHARACTER;
            character = (char) event.keyCode;
        } else if (key == Key.OTHER && !keypad && character >= ' ' && character != SWT.DEL) {
            key = Key.CHARACTER;
        }
        return new KeyPress(key, character, ctrl, alt, shift);
    }

    private static Key key(int keyCode, boolean keypad) {
        return switch (keyCode) {
            case SWT.ARROW_UP -> keypad ? Key.KEYPAD_8 : Key.UP;
            case SWT.ARROW_DOWN -> keypad ? Key.KEYPAD_2 : Key.DOWN;
            case SWT.PAGE_UP -> keypad ? Key.KEYPAD_9 : Key.PAGE_UP;
            case SWT.PAGE_DOWN -> keypad ? Key.KEYPAD_3 : Key.PAGE_DOWN;
            case SWT.ARROW_LEFT -> keypad ? Key.KEYPAD_4 : Key.OTHER;
            case SWT.ARROW_RIGHT -> keypad ? Key.KEYPAD_6 : Key.OTHER;
            case SWT.HOME -> keypad ? Key.KEYPAD_7 : Key.OTHER;
            case SWT.END -> keypad ? Key.KEYPAD_1 : Key.OTHER;
            case SWT.INSERT -> keypad ? Key.KEYPAD_0 : Key.OTHER;
            case SWT.DEL -> keypad ? Key.KEYPAD_DECIMAL : Key.OTHER;
            case SWT.KEYPAD_0 -> Key.KEYPAD_0;
            case SWT.KEYPAD_1 -> Key.KEYPAD_1;
            case SWT.KEYPAD_2 -> Key.KEYPAD_2;
            case SWT.KEYPAD_3 -> Key.KEYPAD_3;
            case SWT.KEYPAD_4 -> Key.KEYPAD_4;
            case SWT.KEYPAD_5 -> Key.KEYPAD_5;
            case SWT.KEYPAD_6 -> Key.KEYPAD_6;
            case SWT.KEYPAD_7 -> Key.KEYPAD_7;
            case SWT.KEYPAD_8 -> Key.KEYPAD_8;
            case SWT.KEYPAD_9 -> Key.KEYPAD_9;
            case SWT.KEYPAD_ADD -> Key.KEYPAD_ADD;
            case SWT.KEYPAD_SUBTRACT -> Key.KEYPAD_SUBTRACT;
            case SWT.KEYPAD_MULTIPLY -> Key.KEYPAD_MULTIPLY;
            case SWT.KEYPAD_DIVIDE -> Key.KEYPAD_DIVIDE;
            case SWT.KEYPAD_DECIMAL -> Key.KEYPAD_DECIMAL;
            case SWT.KEYPAD_CR -> Key.KEYPAD_ENTER;
            case SWT.CR, SWT.LF -> Key.ENTER;
            case SWT.ESC -> Key.ESCAPE;
            case SWT.BS -> Key.BACKSPACE;
            case SWT.F2 -> Key.F2;
            case SWT.F5 -> Key.F5;
            case SWT.F6 -> Key.F6;
            case SWT.F7 -> Key.F7;
            case SWT.F8 -> Key.F8;
            case SWT.F9 -> Key.F9;
            default -> Key.OTHER;
        };
    }
}
