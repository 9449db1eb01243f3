package io.manifesto.spaces;

import io.manifesto.core.Application;
import io.manifesto.validate.ValidationReport;

/**
 * One space, rendered: its application (built from the transformed objects, so every rule of the library ran on
 * them) and the warnings of the space rules that are not the application's.
 *
 * @param space       the space
 * @param environment the name it renders as, {@code <parent>-<space>}
 * @param application the built application, in the space's namespace
 * @param report      the warnings of the space rules, and the ones the space suppressed with their reasons
 */
public record SpaceRendering(Space space, String environment, Application application, ValidationReport report) {
}
