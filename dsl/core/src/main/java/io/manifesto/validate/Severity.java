package io.manifesto.validate;

/** How serious a {@link Problem} is: errors stop the build, warnings are reported and can be suppressed. */
public enum Severity {
    /** The manifests would be rejected, or would be accepted and then not work. Stops the build. */
    ERROR,
    /** The manifests work, but probably not as intended. Reported; can be suppressed with a reason. */
    WARNING;

    String label() {
        return this == ERROR ? "error" : "warning";
    }
}
