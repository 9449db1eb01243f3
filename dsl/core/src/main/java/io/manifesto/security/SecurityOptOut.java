package io.manifesto.security;

import java.util.Objects;

/**
 * A security default switched off for one workload, and why.
 *
 * @param setting the default
 * @param reason  why the workload cannot have it; rendered as the value of its opt-out annotation
 */
public record SecurityOptOut(SecurityDefault setting, String reason) {

    public SecurityOptOut {
        Objects.requireNonNull(setting, "setting");
        reason = Objects.requireNonNullElse(reason, "");
    }
}
