package org.samklang.core.internal.config;

/** The routing configuration file is unreadable or wrong; the message names the file, the field and why. */
public final class RoutingConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    public RoutingConfigException(String message) {
        super(message);
    }

    public RoutingConfigException(String message, Throwable cause) {
        super(message, cause);
    }
}
