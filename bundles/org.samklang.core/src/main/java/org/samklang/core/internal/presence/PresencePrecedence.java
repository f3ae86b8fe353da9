package org.samklang.core.internal.presence;

/**
 * The precedence table that merges all sources of one person into one effective presence. Rows are tried
 * top to bottom; the first row that applies decides. A source's report counts only while it is fresh
 * (confirmed within its source's freshness limit, see {@link PresenceSettings#freshnessLimits()}).
 *
 * <table>
 * <caption>Presence precedence, strongest first</caption>
 * <tr><th>#</th><th>Row</th><th>Source</th><th>Applies when</th><th>Why it wins</th></tr>
 * <tr><td>1</td><td>{@link #DISCONNECTED}</td><td>system</td><td>the desktop connection has been lost
 *     longer than the grace period (default 60 s)</td><td>nobody can be reached through a dead desktop
 *     </td></tr>
 * <tr><td>2</td><td>{@link #PBX_ON_CALL}</td><td>PBX</td><td>the phone reports a call in progress</td>
 *     <td>a person on the phone is busy whatever they chose earlier, for as long as the call lasts</td></tr>
 * <tr><td>3</td><td>{@link #WRAP_UP}</td><td>system</td><td>wrap-up after a handled contact is running
 *     </td><td>after-contact work must finish; then the state underneath comes back by itself</td></tr>
 * <tr><td>4</td><td>{@link #CALENDAR_AFTER_MANUAL}</td><td>calendar</td><td>a calendar entry (or the next
 *     state after it) is in effect and the entry started after the last manual change, or there is no
 *     manual state</td><td>a meeting that begins after you said "available" moves you to the meeting
 *     </td></tr>
 * <tr><td>5</td><td>{@link #MANUAL}</td><td>manual, or system "not responding"</td><td>an explicit state
 *     is set (after its until time: its next state)</td><td>your own later choice beats a calendar entry
 *     that started before it</td></tr>
 * <tr><td>6</td><td>{@link #CHAT_SERVER}</td><td>chat server</td><td>the chat server reports a state
 *     (online, idle, away)</td><td>weakest real signal: idle at the keyboard says little</td></tr>
 * <tr><td>7</td><td>{@link #PBX_DEVICE}</td><td>PBX</td><td>the phone reports a state other than a call
 *     (idle, unregistered)</td><td>an idle phone says even less than an idle chat client</td></tr>
 * <tr><td>8</td><td>{@link #NO_SOURCE}</td><td>system</td><td>no fresh report at all</td><td>unknown is
 *     shown as OFFLINE, never as available</td></tr>
 * </table>
 * A tie between rows 4 and 5 (entry started at the very instant of the manual change) goes to the manual
 * state. Availability from a chat server or an idle phone is shown but never routable.
 */
enum PresencePrecedence {

    /** Row 1: connection lost longer than the grace period. */
    DISCONNECTED {

        @Override
        PresenceClaim claim(SourceClaims claims) {
            return claims.disconnected(this);
        }
    },
    /** Row 2: the PBX reports a call in progress. */
    PBX_ON_CALL {

        @Override
        PresenceClaim claim(SourceClaims claims) {
            return claims.pbxCall(this);
        }
    },
    /** Row 3: wrap-up after a handled contact. */
    WRAP_UP {

        @Override
        PresenceClaim claim(SourceClaims claims) {
            return claims.wrapUp(this);
        }
    },
    /** Row 4: a calendar entry that started after the last manual change. */
    CALENDAR_AFTER_MANUAL {

        @Override
        PresenceClaim claim(SourceClaims claims) {
            PresenceClaim calendar = claims.calendar(this);
            if (calendar == null) {
                return null;
            }
            PresenceClaim manual = claims.manual(MANUAL);
            return manual == null || calendar.decidedAt().isAfter(manual.decidedAt()) ? calendar : null;
        }
    },
    /** Row 5: an explicit state chosen by the person or set by the system ("not responding"). */
    MANUAL {

        @Override
        PresenceClaim claim(SourceClaims claims) {
            return claims.manual(this);
        }
    },
    /** Row 6: the chat server's state. */
    CHAT_SERVER {

        @Override
        PresenceClaim claim(SourceClaims claims) {
            return claims.chat(this);
        }
    },
    /** Row 7: the PBX's device state other than a call. */
    PBX_DEVICE {

        @Override
        PresenceClaim claim(SourceClaims claims) {
            return claims.pbxDevice(this);
        }
    },
    /** Row 8: nothing counts; OFFLINE. */
    NO_SOURCE {

        @Override
        PresenceClaim claim(SourceClaims claims) {
            return claims.nothing(this);
        }
    };

    /** {@return this row's claim, or null if the row does not apply} */
    abstract PresenceClaim claim(SourceClaims claims);
}
