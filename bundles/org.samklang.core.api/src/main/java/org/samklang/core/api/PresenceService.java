package org.samklang.core.api;

import java.util.List;
import java.util.Optional;

import org.samklang.core.api.model.Person;
import org.samklang.core.api.model.PersonPage;
import org.samklang.core.api.model.PersonQuery;
import org.samklang.core.api.model.Presence;
import org.samklang.core.api.model.PresenceChange;
import org.samklang.core.api.model.PresenceRequest;
import org.samklang.core.api.model.PresenceView;
import org.samklang.core.api.model.Substitute;

/**
 * Presence and the people directory, as the signed-in person's desktop uses them: my state, looking
 * colleagues up, who can help instead, and live changes.
 * <p>
 * <b>Threading.</b> Every method works on in-memory state, does no I/O and returns within a few
 * milliseconds for a directory of thousands (a search keystroke typically takes a tenth of one), so it
 * may be called from the UI thread. Methods are thread-safe.
 * <p>
 * <b>Privacy.</b> Only {@link #myPresence()} and {@link #setMyPresence} return a full {@link Presence}
 * with a private reason (sick, vacation). Everything about other people is a {@link PresenceView}, which
 * cannot hold a private reason.
 * <p>
 * <b>Errors.</b> Invalid arguments (an until time in the past, unknown person ids as substitutes, a
 * person as their own substitute) throw {@link IllegalArgumentException} with a message fit for the user;
 * nothing is changed then. Unknown people asked about yield an empty result, not an exception.
 * <p>
 * <b>Time.</b> All instants are UTC; an until time passes by itself: the next state applies without
 * anyone calling this service.
 */
public interface PresenceService {

    /** {@return my effective presence now, private reason included} */
    Presence myPresence();

    /**
     * Sets my own state, e.g. "meeting until 14:00, then available". Idempotent: the same request again
     * changes nothing visible. A stronger source may still win (a call in progress beats a manual state
     * while it lasts), so the returned effective presence can differ from the request.
     *
     * @return my effective presence right after the change
     * @throws IllegalArgumentException if {@code until} is not after now
     */
    Presence setMyPresence(PresenceRequest request);

    /**
     * Replaces my substitutes ("ask Karin instead"), in the order given. Duplicates are dropped (first
     * kept). Mutual substitutes (Karin covers me and I cover Karin) are allowed.
     *
     * @throws IllegalArgumentException if an id is unknown, blank, or my own, or more than 20 are given
     */
    void setMySubstitutes(List<String> personIds);

    /** {@return one page of people matching the query, best first, with the total count} */
    PersonPage searchDirectory(PersonQuery query);

    /** {@return the directory entry of a person, empty if the id is unknown} */
    Optional<Person> person(String personId);

    /** {@return a person's effective presence as others see it, empty if the id is unknown} */
    Optional<PresenceView> presenceOf(String personId);

    /**
     * Who else can help when a person cannot: first their substitutes in their chosen order (whatever
     * their state), then substitutes of those substitutes who are available now, then available colleagues
     * sharing a group or function (most shared groups first, then by name). Nobody is listed twice and the
     * person is never listed for themself; cycles among substitutes are followed only once.
     *
     * @return the suggestions, empty if the person is unknown
     */
    List<Substitute> whoElseCanHelp(String personId);

    /**
     * Subscribes to every change of anyone's effective presence (public view), from now on; replay after
     * a reconnect comes from the journal, not from here.
     * <p>
     * The listener is called on the presence engine's single event thread, one change at a time, in the
     * order the changes happened. It must return quickly and must not block (hand work to another thread);
     * an exception it throws is logged and does not stop other listeners or later changes.
     *
     * @return a handle that ends the subscription; closing it twice is harmless
     */
    Subscription subscribe(Listener listener);

    /** Receives presence changes; see {@link #subscribe(Listener)} for the threading contract. */
    @FunctionalInterface
    interface Listener {

        /** Called once per effective change; must not block. */
        void presenceChanged(PresenceChange change);
    }

    /** Ends a subscription. */
    @FunctionalInterface
    interface Subscription extends AutoCloseable {

        /** Stops further calls to the listener; idempotent, never throws. */
        @Override
        void close();
    }
}
