package org.samklang.core.api.model;

import java.util.Optional;

import org.samklang.core.api.internal.Checks;

/**
 * Where to transfer a call.
 *
 * @param mode     blind, consultative, voicemail or mobile
 * @param target   an extension, an E.164 number, or the voicemail box's extension
 * @param personId the directory person the target belongs to, when known (journalled with the transfer)
 */
public record TransferRequest(TransferMode mode, String target, Optional<String> personId) {

    public TransferRequest {
        Checks.notNull(mode, "transfer mode");
        Checks.notBlank(target, "transfer target");
        Checks.notNull(personId, "personId");
    }

    /** A transfer to a person's extension (or, for {@link TransferMode#MOBILE}, the number given). */
    public static TransferRequest toPerson(TransferMode mode, String target, String personId) {
        return new TransferRequest(mode, target, Optional.of(Checks.notBlank(personId, "personId")));
    }
}
